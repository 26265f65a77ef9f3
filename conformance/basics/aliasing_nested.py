# Aliasing in nested structures: shared inner lists, copies at one level, mutation visibility.
row = [0, 0]
grid = [row, row]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [row[:] for _ in range(2)]
grid2[0][1] = 5
print(grid2, row)
config = {'opts': {'debug': False}, 'list': [1]}
shallow = dict(config)
shallow['opts']['debug'] = True
shallow['list'] = shallow['list'] + [2]
print(config, shallow)
def add_item(container, item):
    container.append(item)
    container = ['rebound']
    return container
orig = []
result = add_item(orig, 'x')
print(orig, result)
a = [[]] * 3
a[1].append('shared')
b = [[] for _ in range(3)]
b[1].append('own')
print(a, b)
t = ([1], [2])
t[0].extend([9])
print(t)
