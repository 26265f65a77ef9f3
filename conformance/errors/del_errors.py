# Errors from del: undefined names, missing keys, bad indices, immutable containers.
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
d = {'a': 1}
try:
    del d['b']
except KeyError as e:
    print(type(e).__name__, e)
lst = [1, 2]
try:
    del lst[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst['0']
except TypeError as e:
    print(type(e).__name__, e)
for obj in [(1, 2), 'ab', b'ab', frozenset({1}), range(2)]:
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
def f():
    x = 1
    del x
    del x
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
del lst[5:10]
print(lst)
