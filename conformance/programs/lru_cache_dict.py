# An LRU cache implemented with dict insertion order, used to memoise a slow function
capacity = 4
cache = {}
stats = {"hits": 0, "misses": 0, "evictions": 0}

def cache_get(key):
    if key in cache:
        stats["hits"] += 1
        value = cache.pop(key)
        cache[key] = value
        return value
    stats["misses"] += 1
    return None

def cache_put(key, value):
    if key in cache:
        cache.pop(key)
    elif len(cache) >= capacity:
        oldest = next(iter(cache))
        del cache[oldest]
        stats["evictions"] += 1
    cache[key] = value

def slow_square(n):
    v = cache_get(n)
    if v is None:
        v = n * n
        cache_put(n, v)
    return v

for n in [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 3, 3]:
    slow_square(n)
    print(f"after {n}: keys={list(cache)}")
print(stats)
ratio = stats["hits"] / (stats["hits"] + stats["misses"])
print(f"hit ratio {ratio:.1%}")
