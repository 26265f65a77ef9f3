# Evaluation order: call arguments, displays, subscripts, assignments, and augmented targets.
log = []
def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value
def f(*args, **kwargs):
    return args, kwargs
f(t('a'), t('b'), k=t('c'), **{t('d'): t('e')})
print(log)
log.clear()
[t('x'), t('y')], (t('p'), t('q')), {t('k1'): t('v1'), t('k2'): t('v2')}
print(log)
log.clear()
data = {'k': [0, 0]}
t('target', data)[t('key', 'k')][t('index', 1)] = t('value', 5)
print(log, data)
log.clear()
lst = [10, 20]
lst[t('i', 0)] += t('inc', 1)
print(log, lst)
log.clear()
t('left', 1) + t('right', 2) * t('third', 3)
print(log)
log.clear()
x = t('cond', True) and t('then', 1) or t('else', 2)
print(log, x)
log.clear()
result = t('a', 1) < t('b', 2) < t('c', 0) < t('d', 5)
print(log, result)
log.clear()
{t('k'): t('v') for _ in range(1)}
print(log)
