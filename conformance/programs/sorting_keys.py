# Sorting with keys: multi-level, stable sorts, reverse, custom comparator via cmp_to_key
from functools import cmp_to_key

people = [("Alice", "Smith", 30), ("bob", "jones", 25), ("Carol", "smith", 35),
          ("dave", "Adams", 25), ("Eve", "jones", 30), ("frank", "Brown", 40)]
print(sorted(people))
print(sorted(people, key=lambda p: p[2]))
print(sorted(people, key=lambda p: (p[1].lower(), p[0].lower())))
print(sorted(people, key=lambda p: (-p[2], p[0])))
by_age = sorted(people, key=lambda p: p[0].lower())
by_age.sort(key=lambda p: p[2], reverse=True)
print([p[0] for p in by_age])
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted("Hello World Sorting".split(), key=str.lower), sorted("bBaAcC"), sorted("bBaAcC", key=str.swapcase))
def version_key(v):
    return tuple(int(x) for x in v.split("."))
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2", "10.0.1"]
print(sorted(versions, key=version_key), max(versions, key=version_key))
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    return cmp(len(a), len(b)) or -cmp(a, b)
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana"]
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 3, x)), sorted(nums, reverse=True))
print(sorted([[3, 1], [1, 2], [3, 0], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
biggest = sorted(enumerate([5, 1, 9, 3]), key=lambda t: t[1], reverse=True)
print(biggest, [i for i, _ in biggest])
largest_form = sorted(["3", "30", "34", "5", "9"], key=cmp_to_key(lambda a, b: cmp(b + a, a + b)))
print("".join(largest_form))
mixed = [2.5, 1, True, -3, 0.0]
print(sorted(mixed), min(mixed), max(mixed))
data = list(reversed(range(10)))
data.sort(key=lambda x: x % 2)
print(data)
