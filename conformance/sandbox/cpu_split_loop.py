# CPU bomb: split in a loop
s = 'a b ' * 10**5
while True:
    p = s.split()
