# del of names: unbinding, NameError afterwards, del of several targets, rebinding later.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
x = 2
print(x)
a, b, c = 1, 2, 3
del a, b
print(c)
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
def g():
    z = [1]
    alias = z
    del z
    return alias
print(g())
p, q = 1, 2
del (p, q)
try:
    p
except NameError as e:
    print(type(e).__name__, e)
m, n = 1, 2
del [m, n]
try:
    m
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print(type(e).__name__, e)
def h():
    v = 1
    def inner():
        return v
    del v
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(h())
