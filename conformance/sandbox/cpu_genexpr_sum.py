# CPU bomb: sum over a generator expression
x = sum(i for i in range(10**12))
