# is / is not: identity of objects (None, True, same list), distinct equal containers.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, True is True, False is not True, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
d = {}
e = d
e['k'] = 1
print(d is e, d)
def same(p, q):
    return p is q
print(same(a, b), same(a, a[:]), same(a, list(a)))
t = (a,)
print(t[0] is a, [a][0] is a)
s1 = 'hello'
s2 = s1
print(s1 is s2)
print(int is int, type(1) is int, type(True) is not int, len is len)
f = lambda: 0
g = f
print(f is g, (lambda: 0) is not f)
print(... is Ellipsis, NotImplemented is NotImplemented)
