# Module-defined types have real classes: type(), __name__, __module__, __qualname__, repr,
# isinstance/issubclass, and the module attribute is the class itself (calling constructs).
import itertools, functools, string

objs = [itertools.count(), itertools.cycle('ab'), itertools.repeat(1), itertools.accumulate([1]),
        itertools.chain([1]), itertools.chain.from_iterable([[1]]), itertools.compress('a', [1]),
        itertools.dropwhile(bool, []), itertools.takewhile(bool, []),
        itertools.filterfalse(None, []), itertools.starmap(pow, []), itertools.groupby('a'),
        itertools.islice('abc', 1), itertools.zip_longest('a'), itertools.pairwise('ab'),
        itertools.product('a'), itertools.permutations('a'), itertools.combinations('a', 1),
        itertools.combinations_with_replacement('a', 1), functools.partial(print),
        string.Template('$x')]
for o in objs:
    t = type(o)
    print(t, t.__name__, t.__qualname__, t.__module__, isinstance(o, t), t is o.__class__)

print(type(itertools.count()))
print(itertools.chain, itertools.count, functools.partial, string.Template)
print(isinstance(itertools.chain('a'), itertools.chain), isinstance([], itertools.chain))
print(isinstance(itertools.count(), (itertools.cycle, itertools.count)))
print(issubclass(itertools.count, object), issubclass(itertools.count, itertools.cycle))
print(type(itertools.chain) is type, type(functools.partial).__name__)
print(itertools.chain.__name__, itertools.islice.__module__)
t1, t2 = itertools.tee('abc')
print(type(t1), type(t1).__name__, type(t1) is type(t2))
k, g = next(itertools.groupby('aab'))
print(type(g), type(g).__module__)
kw = functools.cmp_to_key(lambda a, b: a - b)
print(type(kw), type(kw(1)) is type(kw), type(kw).__module__, type(kw).__name__)

@functools.lru_cache
def f(x):
    return x

f(1)
ci = f.cache_info()
print(type(ci), type(ci).__name__, type(ci).__module__, ci)
print(int.__module__, ValueError.__module__, type(None).__module__)

# The classes construct, with the same errors.
print(list(itertools.repeat('z', 2)), next(itertools.count(3)))
for bad in [lambda: itertools.count('a'), lambda: itertools.chain.from_iterable(),
            lambda: functools.partial(), lambda: itertools.islice([], -1),
            lambda: len(itertools.count()), lambda: itertools.count()(),
            lambda: string.Template(), lambda: itertools.cycle()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.repeat(1).nope
except AttributeError as e:
    print(e)
print(repr(itertools.count(2, 3)), repr(itertools.repeat('a', 2)))
print(str(type(string.Template('x'))))
print(sorted({itertools.count, itertools.chain}, key=lambda c: c.__name__))
print(itertools.count == itertools.count, itertools.count != itertools.cycle)
print(hash(itertools.count) == hash(itertools.count))
