# repr() and ascii() builtins on nested containers with mixed types.
data = [1, 2.5, 'two', b'three', None, True, (4,), {'five': {5}}, frozenset({6}), range(7), -0.0]
print(repr(data))
print(ascii(data))
print(repr('é'), ascii('é'), repr(['é']), ascii(['é']), repr({'k': 'ü'}))
print(repr(repr(1)), repr(str(1)), repr(1e100), repr(10 ** 20), repr(float('nan')))
print(repr(()), repr(((),)), repr([[]]), repr({}), repr(set()), repr(frozenset()))
print(repr(len), repr(ValueError), repr(ValueError('x')), repr(KeyError("k'")))
print(repr(Ellipsis), repr(NotImplemented), repr(None), repr(type(None)))
print(repr(slice(1, 2)), repr(range(0)), repr({}.keys()), repr(dict(a=[]).items()))
