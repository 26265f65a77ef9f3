# Difference: collections.namedtuple raises NotImplementedError.
"""what: collections.namedtuple(...) raises NotImplementedError naming itself; CPython makes a
new tuple subclass with named fields.
why: namedtuple creates a class, and krait has no class statements or user-made classes yet.
workaround: use a tuple, a dict, or a small function returning a dict."""
import collections
try:
    Point = collections.namedtuple('Point', 'x y')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(collections.Counter('abca').most_common(1), dict(collections.defaultdict(list, a=[1])))
