# Program: LRU cache built on dict insertion order, with hit/miss statistics.
def make_lru(capacity):
    store = {}
    stats = {'hits': 0, 'misses': 0, 'evictions': 0}
    def get(key):
        if key in store:
            value = store.pop(key)
            store[key] = value
            stats['hits'] += 1
            return value
        stats['misses'] += 1
        return None
    def put(key, value):
        if key in store:
            store.pop(key)
        elif len(store) >= capacity:
            oldest = next(iter(store))
            del store[oldest]
            stats['evictions'] += 1
        store[key] = value
    def keys():
        return list(store)
    return get, put, keys, stats
get, put, keys, stats = make_lru(3)
for k in 'abc':
    put(k, k.upper())
print(keys(), get('a'), keys())
put('d', 'D')
print(keys(), get('b'), get('c'))
put('e', 'E')
put('a', 'A2')
print(keys(), get('a'), stats)
def cached_fib():
    get, put, keys, stats = make_lru(50)
    def fib(n):
        hit = get(n)
        if hit is not None:
            return hit
        v = n if n < 2 else fib(n - 1) + fib(n - 2)
        put(n, v)
        return v
    return fib, stats
fib, st = cached_fib()
print(fib(90), st)
