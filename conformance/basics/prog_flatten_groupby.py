# Program: flatten nested lists/dicts into dotted keys and group records by several keys.
def flatten(obj, prefix=''):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f'{prefix}{k}.'))
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            out.update(flatten(v, f'{prefix}{i}.'))
    else:
        out[prefix[:-1]] = obj
    return out
cfg = {'db': {'host': 'x', 'ports': [1, 2]}, 'debug': False, 'paths': ({'a': 1},)}
print(flatten(cfg))
def unflatten(flat):
    root = {}
    for key, value in flat.items():
        node = root
        parts = key.split('.')
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = value
    return root
print(unflatten({'a.b.c': 1, 'a.b.d': 2, 'a.e': 3, 'f': 4}))
people = [('ann', 'eng', 'nyc'), ('bob', 'eng', 'sf'), ('cy', 'ops', 'nyc'), ('dee', 'eng', 'nyc'),
          ('eve', 'ops', 'sf')]
groups = {}
for name, dept, city in people:
    groups.setdefault((dept, city), []).append(name)
for key in sorted(groups):
    print(key, groups[key])
counts = {}
for _, dept, _ in people:
    counts[dept] = counts.get(dept, 0) + 1
print(counts, max(counts, key=counts.get))
def chunk(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunk(list(range(10)), 3), chunk('abcdefg', 2), chunk([], 4))
