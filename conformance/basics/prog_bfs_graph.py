# Program: graph algorithms on dict adjacency lists: BFS shortest path, DFS, components, cycles.
graph = {'A': ['B', 'C'], 'B': ['A', 'D', 'E'], 'C': ['A', 'F'], 'D': ['B'], 'E': ['B', 'F'],
         'F': ['C', 'E'], 'G': ['H'], 'H': ['G'], 'I': []}
def bfs_path(g, start, goal):
    queue = [[start]]
    seen = {start}
    while queue:
        path = queue.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in g[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(bfs_path(graph, 'A', 'F'), bfs_path(graph, 'D', 'F'), bfs_path(graph, 'A', 'G'))
def dfs(g, start):
    order, stack, seen = [], [start], set()
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(reversed(g[node]))
    return order
print(dfs(graph, 'A'))
def components(g):
    seen, comps = set(), []
    for node in g:
        if node not in seen:
            comp = dfs(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components(graph))
directed = {1: [2], 2: [3], 3: [1, 4], 4: [], 5: [4]}
def has_cycle(g):
    state = {}
    def visit(n):
        state[n] = 'active'
        for m in g[n]:
            if state.get(m) == 'active' or (m not in state and visit(m)):
                return True
        state[n] = 'done'
        return False
    return any(n not in state and visit(n) for n in g)
print(has_cycle(directed), has_cycle({1: [2], 2: [3], 3: []}))
dist = {'A': 0}
frontier = ['A']
while frontier:
    nxt = []
    for n in frontier:
        for m in graph[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                nxt.append(m)
    frontier = nxt
print(dist)
