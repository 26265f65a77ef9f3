# Graph algorithms on dicts: topological sort (Kahn), union-find, Kruskal MST, Floyd-Warshall
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [],
        "tests": ["app", "fmt"]}
indeg = {n: 0 for n in deps}
for n, ds in deps.items():
    for d in ds:
        indeg[n] += 1
rev = {n: [] for n in deps}
for n, ds in deps.items():
    for d in ds:
        rev[d].append(n)
ready = sorted(n for n, k in indeg.items() if k == 0)
order = []
while ready:
    n = ready.pop(0)
    order.append(n)
    for m in sorted(rev[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
            ready.sort()
print("build order:", order)

parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    ra, rb = find(a), find(b)
    if ra == rb:
        return False
    parent[max(ra, rb)] = min(ra, rb)
    return True

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G")]
mst = [(u, v, w) for w, u, v in sorted(edges) if union(u, v)]
print("MST:", mst, "weight", sum(w for *_, w in mst))

nodes = sorted({u for _, u, _ in edges} | {v for _, _, v in edges})
INF = float("inf")
dist = {a: {b: (0 if a == b else INF) for b in nodes} for a in nodes}
for w, u, v in edges:
    dist[u][v] = dist[v][u] = w
for k in nodes:
    for i in nodes:
        for j in nodes:
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
print("   " + " ".join(f"{n:>3}" for n in nodes))
for a in nodes:
    print(f"{a:>3}" + " ".join(f"{dist[a][b]:>3}" for b in nodes))
cyc = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
def has_cycle(g):
    color = {}
    def visit(n):
        color[n] = "grey"
        for m in g.get(n, []):
            if color.get(m) == "grey" or (m not in color and visit(m)):
                return True
        color[n] = "black"
        return False
    return any(visit(n) for n in sorted(g) if n not in color)
print(has_cycle(cyc), has_cycle(deps))
