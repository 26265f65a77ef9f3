# F4: a lambda without calls or loops (so without a safepoint of its own) called from a native
# loop, making garbage per item: the native loop collects it.
print(all(map(lambda x: [x], range(1, 3 * 10**6))))
print(sum(1 for x in filter(lambda x: [x] == [-1], range(2 * 10**6))))
