# BFS shortest paths and DFS traversal orders on a dict-of-lists graph
graph = {
    "A": ["B", "C"], "B": ["A", "D", "E"], "C": ["A", "F"], "D": ["B"],
    "E": ["B", "F", "G"], "F": ["C", "E", "H"], "G": ["E", "H"], "H": ["F", "G"],
    "X": ["Y"], "Y": ["X"],
}

def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        node = queue[head]; head += 1
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return dist, parent

def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]

dist, parent = bfs("A")
for n in sorted(dist):
    print(n, dist[n], "->".join(path(parent, n)))

def dfs_rec(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs_rec(nb, seen)
    return seen

def dfs_iter(start):
    stack, seen = [start], []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.append(n)
        stack.extend(reversed(graph[n]))
    return seen

print("dfs rec :", dfs_rec("A"))
print("dfs iter:", dfs_iter("A"))
components = []
visited = set()
for n in sorted(graph):
    if n not in visited:
        comp = dfs_iter(n)
        visited.update(comp)
        components.append(sorted(comp))
print("components:", components)
edges = sorted({tuple(sorted((a, b))) for a in graph for b in graph[a]})
print(len(edges), "edges:", edges)
