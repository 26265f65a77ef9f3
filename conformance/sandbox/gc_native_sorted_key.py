# F4: sorted() with a Python key over 10**6 items: list + keys + half-size merge scratch fit in
# 64 MB; the key calls' garbage is collected between items.
r = sorted(range(10**6), key=lambda x: -x)
print(r[0], r[-1], len(r))
