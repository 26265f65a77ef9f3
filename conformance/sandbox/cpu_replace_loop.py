# CPU bomb: string replace loops
s = 'ab' * 10**6
while True:
    s = s.replace('a', 'c').replace('c', 'a')
