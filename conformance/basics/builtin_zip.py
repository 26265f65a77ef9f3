# zip: stops at the shortest, any number of iterables, unzip idiom, laziness.
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip('abc')), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), 'xyz')))
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, chars = zip(*pairs)
print(nums, chars)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(dict(zip('abc', [1, 2, 3])), type(zip()).__name__)
consumed = []
def gen(tag, n):
    for i in range(n):
        consumed.append((tag, i))
        yield i
print(list(zip(gen('a', 3), gen('b', 2))), consumed)
it = iter(range(6))
print(list(zip(it, it)))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], None))
except TypeError as e:
    print(type(e).__name__, e)
