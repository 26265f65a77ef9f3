# IndexError/TypeError messages for list indexing, assignment and deletion.
a = [10, 20, 30]
for i in [3, -4, 100, 2 ** 70]:
    try:
        a[i]
    except IndexError as e:
        print('get', i, type(e).__name__, e)
    try:
        a[i] = 0
    except IndexError as e:
        print('set', i, type(e).__name__, e)
    try:
        del a[i]
    except IndexError as e:
        print('del', i, type(e).__name__, e)
for key in ['0', 1.0, None, (1,), [1]]:
    try:
        a[key]
    except TypeError as e:
        print(type(e).__name__, e)
print(a[-3], a[2], a[True])
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
