# Sorting is stable, including with reverse=True and key functions.
records = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
data = [(1, 'x'), (0, 'y'), (1, 'a'), (0, 'b')]
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[0], reverse=True)
print(data)
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
items = ['B', 'a', 'A', 'b', 'C', 'c']
print(sorted(items, key=str.lower), sorted(items, key=str.lower, reverse=True))
same = [(0, n) for n in range(6)]
print(sorted(same, key=lambda x: 0, reverse=True) == same)
