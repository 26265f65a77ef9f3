# frozenset: immutable, hashable, usable as dict keys and set members; repr.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
print(frozenset(), frozenset('aab') == frozenset('ab'), sorted(frozenset('cab')))
d = {frozenset({1, 2}): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 9}, f.union([10]), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.remove(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == {1, 2})
print(repr(frozenset({5})), str(frozenset([0])))
