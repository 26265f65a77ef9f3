# repr of a 10**5-deep list nest
x = []
for i in range(10**5):
    x = [x]
y = repr(x)
