# Program: topological sort (Kahn) of build dependencies, with cycle detection.
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app'],
        'docs': []}
def topo(graph):
    indeg = {n: 0 for n in graph}
    for n, ds in graph.items():
        for d in ds:
            indeg[n] += 1
    users = {n: [] for n in graph}
    for n, ds in graph.items():
        for d in ds:
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in users[n]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(graph):
        stuck = sorted(n for n in graph if n not in order)
        raise ValueError(f'cycle among {stuck}')
    return order
print(topo(deps))
deps['core'] = ['tests']
try:
    topo(deps)
except ValueError as e:
    print(type(e).__name__, e)
print(topo({}), topo({'only': []}))
