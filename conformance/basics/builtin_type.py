# type(x) of builtin values prints <class '...'>; __name__; type comparisons.
for v in [1, 1.5, 'a', b'b', True, None, [], (), {}, set(), frozenset(), range(1), slice(1),
          len, print, ValueError('x'), iter([]), iter({}), (x for x in ()), ..., NotImplemented,
          {}.keys(), {}.values(), {}.items(), map(str, []), zip(), enumerate([]), reversed([]), int]:
    print(type(v), type(v).__name__)
def f():
    pass
print(type(f), type(lambda: 0), type(type), type(object))
print(type(1) is int, type(True) is int, type(True) == bool, type('') in (str, bytes))
print(str(type(2 ** 100)), repr(type(2.0)), [type(1), type('')])
print(int, str, list, dict, ValueError, BaseException, type)
