# fuzz find: map() allocated a pinned args tuple per item (all(map(...)) ran out of memory)
print(all(map(abs, range(1, 3 * 10**6))))
print(sum(map(bool, range(10**6))))
