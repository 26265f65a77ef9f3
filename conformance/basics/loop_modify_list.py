# Mutating a list while iterating over it: deterministic index-based behaviour.
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(seen, lst)
lst = [1, 2, 3, 4]
for x in lst[:]:
    lst.remove(x)
print(lst)
lst = [0, 1, 2, 3]
for i, x in enumerate(lst):
    lst[i] = x * x
print(lst)
lst = [1, 2, 3, 4, 5]
out = []
for x in lst:
    out.append(x)
    del lst[0]
print(out, lst)
lst = [5, 4, 3]
it = iter(lst)
print(next(it))
lst.clear()
print(list(it))
lst = [1, 2]
it = iter(lst)
print(next(it), next(it))
lst.append(3)
print(next(it))
lst = [1, 2, 3, 4, 5, 6]
lst = [x for x in lst if x % 3]
print(lst)
