# Sets of tuples and frozensets, printed sorted; dedupe of pairs; set algebra on coordinates.
pairs = [(1, 2), (2, 1), (1, 2), (3, 3), (2, 1)]
print(sorted(set(pairs)), len(set(pairs)))
unordered = {frozenset(p) for p in pairs}
print(sorted(sorted(s) for s in unordered))
a = {(x, y) for x in range(3) for y in range(3) if x <= y}
b = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(a & b), sorted(a - b), sorted(b - a), len(a | b))
seen = set()
order = []
for p in pairs:
    if p not in seen:
        seen.add(p)
        order.append(p)
print(order)
