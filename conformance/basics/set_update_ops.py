# In-place set operators |= &= -= ^= mutate the same object.
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {2}
s ^= {1, 7}
print(s, alias, s is alias)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g)
try:
    s |= [8]
except TypeError as e:
    print(type(e).__name__, e)
t = set()
for i in range(5):
    t |= {i * i % 7}
print(t)
