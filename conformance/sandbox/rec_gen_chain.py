# next() through 10**5 nested generator expressions
g = iter([1])
for i in range(10**5):
    g = (x for x in g)
print(next(g))
