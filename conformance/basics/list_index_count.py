# list.index with start/stop and list.count; equality-based matching.
a = ['a', 'b', 'c', 'b', 'a']
print(a.index('b'), a.index('b', 2), a.index('a', 1), a.index('a', -1), a.index('c', 0, 3))
print(a.count('a'), a.count('z'), [1, 1.0, True].count(1), [[1], [1]].count([1]))
for args in [('z',), ('c', 3), ('a', 1, 4), ('b', -2, -1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(a.index('a', -100), a.index('a', 1, 100))
try:
    [].index(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index([1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.count()
except TypeError as e:
    print(type(e).__name__, e)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({n: nums.count(n) for n in sorted(set(nums))})
print(nums.index(max(nums)), nums.index(min(nums)))
