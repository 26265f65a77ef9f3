# Exceptions raised inside comprehensions and generator expressions propagate normally.
def parse(s):
    return int(s)
try:
    print([parse(s) for s in ['1', '2', 'x', '4']])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print({k: 1 / v for k, v in [('a', 1), ('b', 0)]})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print({[i] for i in range(2)})
except TypeError as e:
    print(type(e).__name__, e)
g = (10 // x for x in [2, 1, 0, 5])
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print(out, type(e).__name__, e)
print(list(g))
def safe(f, items):
    res = []
    for it in items:
        try:
            res.append(f(it))
        except Exception as e:
            res.append(type(e).__name__)
    return res
print(safe(lambda s: int(s) * 2, ['3', 'x', None, '4']))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
