# CPU bomb: str.count in a loop
s = 'ab' * 10**6
while True:
    s.count('b')
