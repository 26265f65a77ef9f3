# callable(): functions, lambdas, builtins, types, bound methods; not values.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(ValueError))
print(callable('abc'.upper), callable([].append), callable(str.upper), callable(print))
print(callable(1), callable('s'), callable([]), callable(None), callable({}), callable(ValueError('x')))
g = (x for x in [])
print(callable(g), callable(iter([])), callable(range), callable(range(3)))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
