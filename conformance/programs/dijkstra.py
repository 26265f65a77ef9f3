# Dijkstra shortest paths using a plain list as priority queue (no heapq)
edges = [
    ("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15),
    ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9),
]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w))
    adj.setdefault(v, []).append((u, w))

INF = float("inf")
def dijkstra(src):
    dist = {n: INF for n in adj}
    prev = {n: None for n in adj}
    dist[src] = 0
    pending = list(adj)
    while pending:
        u = min(pending, key=lambda n: (dist[n], n))
        pending.remove(u)
        if dist[u] == INF:
            break
        for v, w in adj[u]:
            alt = dist[u] + w
            if alt < dist[v]:
                dist[v] = alt
                prev[v] = u
    return dist, prev

dist, prev = dijkstra("a")
for node in sorted(dist):
    p, cur = [], node
    while cur:
        p.insert(0, cur)
        cur = prev[cur]
    print(f"{node}: {dist[node]:>3}  {' -> '.join(p)}")
adj["z"] = []
d2, _ = dijkstra("a")
print(d2["z"], d2["z"] == INF, -d2["z"])
print({k: v for k, v in sorted(d2.items()) if v < 15})
table = [[dijkstra(s)[0][t] for t in sorted(adj) if t != "z"] for s in sorted(adj) if s != "z"]
for row in table:
    print(" ".join(f"{x:3}" for x in row))
