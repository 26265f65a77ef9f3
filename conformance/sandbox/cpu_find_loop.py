# CPU bomb: find of a missing char in a loop
s = 'a' * 10**7
while True:
    s.find('b')
