# CPU bomb: set algebra in a loop
a = set(range(10**4))
b = set(range(5 * 10**3, 15 * 10**3))
while True:
    c = (a | b) - (a & b)
