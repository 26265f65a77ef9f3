# In-place list operators (+=, *=) mutate the object; + and * create new lists.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [1]
d = c
c *= 3
print(c, d, c is d)
c = c * 2
print(c, d)
e = [0]
e += range(3)
e += 'ab'
e += (None,)
print(e)
def f(lst):
    lst += [99]
f(b)
print(b)
t = ([1],)
try:
    t[0] += [2]
except TypeError as err:
    print(type(err).__name__, err)
print(t)
g = [1]
g[0] += 5
g[0] *= 3
print(g)
