# Sorting dicts by key, by value, by multiple criteria, and rebuilding ordered dicts.
scores = {'ann': 88, 'bob': 95, 'cy': 88, 'dee': 72, 'eve': 95}
print(dict(sorted(scores.items())))
print(dict(sorted(scores.items(), key=lambda kv: kv[1])))
print(dict(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))))
print(sorted(scores, key=scores.get, reverse=True))
print([k for k, v in sorted(scores.items(), key=lambda kv: kv[1], reverse=True)][:3])
inverted = {}
for k, v in scores.items():
    inverted.setdefault(v, []).append(k)
print(dict(sorted(inverted.items())))
nested = {'b': {'n': 2}, 'a': {'n': 3}, 'c': {'n': 1}}
print(list(dict(sorted(nested.items(), key=lambda kv: kv[1]['n']))))
