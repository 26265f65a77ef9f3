# CPU bomb: set algebra in a loop
a = set(range(10**5))
b = set(range(5 * 10**4, 15 * 10**4))
while True:
    c = (a | b) - (a & b)
