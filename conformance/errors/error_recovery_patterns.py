# Agent-style error recovery: parse-with-fallback, collecting errors, validation summaries.
raw = {'age': '42', 'height': '1.85', 'name': 'Ann', 'weight': 'heavy', 'score': None, 'tags': 'a,b'}
def coerce(value):
    for conv in (int, float):
        try:
            return conv(value)
        except (TypeError, ValueError):
            continue
    return value
print({k: coerce(v) for k, v in raw.items()})
problems = []
def require_number(key):
    try:
        v = raw[key]
        return float(v)
    except KeyError:
        problems.append(f'{key}: missing')
    except (TypeError, ValueError) as e:
        problems.append(f'{key}: {type(e).__name__}: {e}')
    return None
print([require_number(k) for k in ['age', 'height', 'weight', 'score', 'bmi']])
for p in problems:
    print(' -', p)
def first_ok(*funcs):
    errors = []
    for f in funcs:
        try:
            return f(), errors
        except Exception as e:
            errors.append(type(e).__name__)
    return None, errors
print(first_ok(lambda: 1 / 0, lambda: [][1], lambda: 'third works'))
print(first_ok(lambda: {}['x'], lambda: int('z')))
