# Difference: lru_cache/cache return a Python function, not a functools._lru_cache_wrapper.
"""what: the object returned by lru_cache/cache is a plain function (CPython's pure-Python
_lru_cache_wrapper), so type(f).__name__ is 'function' (CPython: '_lru_cache_wrapper'), its repr
is '<function f at 0x...>', and a traceback through it shows one extra frame in "<functools>".
Hits, misses, eviction order, cache keys, cache_info(), cache_clear(), cache_parameters(),
__wrapped__, __name__ and __doc__ are CPython's.
why: a C wrapper would re-enter the eval loop for every miss: deep memoised recursion would hit
the native nesting limit, and a host call inside a cached function could not suspend the run.
The Python wrapper calls the user function Python-to-Python (stackless).
workaround: do not test the wrapper's type; use hasattr(f, 'cache_info')."""
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(type(fib).__name__, hasattr(fib, "cache_info"), fib(300) % 1000, fib.cache_info())
print(type(cache(len)).__name__, fib.__name__, fib.__wrapped__.__name__)
