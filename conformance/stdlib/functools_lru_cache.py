# functools.lru_cache and cache: hits/misses, eviction order, keys, typed, cache_clear, errors
from functools import lru_cache, cache

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

calls = []

@lru_cache(maxsize=2)
def sq(x, y=0):
    calls.append((x, y))
    return x * x + y

for a in [1, 2, 1, 3, 2, 1, 1]:
    sq(a)
print(calls, sq.cache_info())
calls.clear()
print(sq(1, y=1), sq(1, 1), sq(x=1, y=1), sq(y=1, x=1), calls)
info = sq.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info[0], info[-1], len(info))
h, m, mx, cur = info
print(h, m, mx, cur, info == (h, m, mx, cur), list(info), tuple(info), 3 in info)
print(sq.__name__, sq.__wrapped__(5), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
show(lambda: sq([1]))
show(lambda: sq(1, y={}))
print(sq.cache_info())

@lru_cache(typed=True)
def ty(x):
    calls.append(x)
    return x

calls.clear()
ty(1); ty(1.0); ty(True); ty(1); ty(1.0)
print(calls, ty.cache_info(), ty.cache_parameters())

@lru_cache
def un(x):
    calls.append(x)
    return x

calls.clear()
un(1); un(1.0); un(True); un(1); un("a"); un("a"); un((1,)); un((True,))
print(calls, un.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x * 2

print(z(1), z(1), z.cache_info())

@lru_cache(maxsize=-3)
def neg(x):
    return x

print(neg(1), neg(1), neg.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(30), fact.cache_info(), fact.cache_parameters())
print(fact(31), fact.cache_info())

@lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x

calls.clear()
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    ident(x)
print(calls, ident.cache_info())

@lru_cache(maxsize=None)
def kw(*args, **kwargs):
    return (args, sorted(kwargs.items()))

print(kw(1, a=2, b=3), kw(1, b=3, a=2), kw(1, a=2, b=3), kw.cache_info())
show(lambda: lru_cache(1, 2, 3))
show(lambda: lru_cache("x"))
show(lambda: lru_cache(maxsize=None)(5))
show(lambda: lru_cache(maxsize=2)(len).cache_info())
show(lambda: lru_cache(len)("abc"))
show(lambda: cache(len)([1, 2]))
