# printing a long __cause__ chain
e = None
for i in range(10000):
    x = KeyError(i)
    x.__cause__ = e
    e = x
raise e
