# Program: Dijkstra's shortest paths with a hand-written binary heap (no imports).
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p
def heap_pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[m]:
            m = l
        if r < len(h) and h[r] < h[m]:
            m = r
        if m == i:
            return top
        h[i], h[m] = h[m], h[i]
        i = m
edges = [('s', 'a', 7), ('s', 'b', 2), ('b', 'a', 3), ('a', 'c', 1), ('b', 'c', 8), ('c', 't', 2),
         ('b', 'd', 5), ('d', 't', 6), ('a', 'd', 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, u = heap_pop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heap_push(heap, (nd, v))
    return dist, prev
dist, prev = dijkstra('s')
print(sorted(dist.items()))
path, node = [], 't'
while node != 's':
    path.append(node)
    node = prev[node]
path.append('s')
print('->'.join(reversed(path)), dist['t'])
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, x)
print([heap_pop(h) for _ in range(7)])
