# Memoised recursion with functools.lru_cache and cache: fibonacci, partitions, edit distance
from functools import lru_cache, cache, partial

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@cache
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    return d(len(a), len(b))

print(fib(200))
print(fib.cache_info())
print([partitions(n, n) for n in range(1, 16)])
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    print(a, b, edit_distance(a, b))
power_of_two = partial(pow, 2)
print([power_of_two(i) for i in range(10)])
base2 = partial(int, base=2)
print(base2("1011"), base2("1111111"))
fib.cache_clear()
print(fib.cache_info().currsize)
