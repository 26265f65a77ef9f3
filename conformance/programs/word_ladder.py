# Word ladder via BFS over a small dictionary, with path reconstruction
words = """cold cord card ward warm word worm wore core care dare date gate game
came come cope cold bold bolt boat coat cost most mist mint mind wind wine fine
fire hire here hare harm farm form fork pork park dark bark barn born corn""".split()
wordset = set(words)

def neighbours(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != w[i]:
                cand = w[:i] + c + w[i + 1:]
                if cand in wordset:
                    yield cand

def ladder(start, goal):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbours(w)):
                if n not in prev:
                    prev[n] = w
                    if n == goal:
                        path = [n]
                        while prev[path[-1]]:
                            path.append(prev[path[-1]])
                        return path[::-1]
                    nxt.append(n)
        frontier = nxt
    return None

for a, b in [("cold", "warm"), ("card", "game"), ("fire", "wind"), ("cold", "cold"), ("bark", "mint"), ("pork", "zzzz")]:
    p = ladder(a, b)
    print(f"{a} -> {b}: {' > '.join(p) if p else 'no path'}" + (f" ({len(p) - 1} steps)" if p else ""))
degree = {w: len(list(neighbours(w))) for w in wordset}
top = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(sorted(w for w, d in degree.items() if d == 0))
