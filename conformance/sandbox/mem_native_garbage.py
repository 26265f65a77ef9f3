# garbage from natives called inside a native loop must be collectable (F4)
print(all(map(max, range(1, 2 * 10**6), range(2 * 10**6))))
