# Augmented assignment to subscripts evaluates container and index once, then the RHS.
calls = []
data = {'k': 1}
def key():
    calls.append('key')
    return 'k'
def container():
    calls.append('container')
    return data
def rhs():
    calls.append('rhs')
    return 10
container()[key()] += rhs()
print(calls, data)
calls.clear()
lst = [1, 2, 3]
def idx():
    calls.append('idx')
    return 1
lst[idx()] *= 5
print(calls, lst)
m = [[1, 2], [3, 4]]
m[0][1] += m[1][0]
m[1][1] **= 2
print(m)
s = {'a': [1]}
s['a'] += [2, 3]
print(s)
counter = {'n': 0}
for _ in range(5):
    counter['n'] += 1
print(counter)
