# itertools tour: product, permutations, combinations, groupby, accumulate, islice, chain
import itertools

print(list(itertools.product("ab", range(2))))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement([1, 2, 3], 2)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.islice(itertools.count(10, 5), 6)))
print(list(itertools.islice(itertools.cycle("xyz"), 7)))
print(list(itertools.chain([1, 2], (3, 4), "56")))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
print(list(itertools.takewhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.repeat("r", 3)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
print(list(itertools.pairwise("abcd")))
total = 0
for combo in itertools.combinations(range(1, 10), 3):
    if sum(combo) == 15:
        total += 1
print("3-subsets of 1..9 summing to 15:", total)
print(sum(1 for p in itertools.permutations(range(5)) if p[0] < p[-1]))
