# Nested lists: matrices, deep access, aliasing vs copying, recursive flatten.
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], len(m), len(m[0]))
m[0][1] = 'x'
print(m)
t = [list(row) for row in zip(*m)]
print(t)
copy = [row[:] for row in m]
copy[0][0] = 'copied'
print(m[0][0], copy[0][0])
alias = m[1]
alias.append(7)
print(m)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([[], [[]], [[], [1]]]))
print([[0] * 2 for _ in range(2)], [[i * j for j in range(3)] for i in range(3)])
print(sum(m[1][:3]), [r[0] for r in m], max(max(r) for r in [[1, 5], [7, 2]]))
