# repr of a 10**5-deep dict nest
x = {}
for i in range(10**5):
    x = {1: x}
y = repr(x)
