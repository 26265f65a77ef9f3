# CPU bomb: split in a loop
s = 'a b ' * 10**6
while True:
    p = s.split()
