# Shallow copies of dicts: copy(), dict(), {**d}, comprehension; nested values shared.
orig = {'list': [1], 'num': 1}
copies = [orig.copy(), dict(orig), {**orig}, {k: v for k, v in orig.items()}]
for c in copies:
    c['num'] = 99
orig['list'].append(2)
print(orig)
print(copies)
print(all(c['list'] is orig['list'] for c in copies))
deep = {k: (v[:] if isinstance(v, list) else v) for k, v in orig.items()}
deep['list'].append(3)
print(orig['list'], deep['list'])
