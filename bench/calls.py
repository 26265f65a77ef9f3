# bench: function call overhead: recursive fibonacci plus small helper calls with keywords.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def add(a, b=1, *, c=0):
    return a + b + c
total = 0
for i in range(300000):
    total = add(total, i, c=1)
print(fib(29), total)
