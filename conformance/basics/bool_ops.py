# bool(): conversion rules; and/or/not with bools; comparisons produce bools.
print(bool(), bool(0), bool(0.0), bool(''), bool([]), bool(()), bool({}), bool(None))
print(bool(1), bool(-0.1), bool('0'), bool(' '), bool([0]), bool((None,)), bool({0: 0}))
print(True and True, True and False, False or True, False or False, not True)
print(1 < 2, 2 < 1, 'a' == 'a', [] == [], [] is [], 1 != 1.0)
print(type(1 < 2).__name__, type(not 1).__name__)
print(True is True, (1 == 1) is True)
t = [x > 2 for x in range(5)]
print(t, t.count(True), any(t), all(t))
print(all([]), any([]), all([True]), any([False, 0, '']))
flags = {'a': True, 'b': False}
print([k for k, v in flags.items() if v])
print(True if 'x' else False, True if '' else False)
print(bool(range(0)), bool(range(-1)), bool(range(-1, 0)))
print(bool('False'), bool('0.0'), bool(float('nan')))
print(int('1') == True, 2 == True, 2 > True)
print(str(bool(1)), repr(bool('')))
print(type(True).__name__)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
