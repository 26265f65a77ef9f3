# collections types fed by generators and user functions, nested in each other, as LLM code
# writes them (grouping, counting, sliding windows, BFS).
from collections import Counter, OrderedDict, defaultdict, deque


def gen(n):
    for i in range(n):
        yield "k%d" % (i % 7)


calls = []


def factory():
    calls.append(1)
    return [len(calls)]


c = Counter(gen(50))
print(c.most_common(3), c.total(), len(c))
c.update(gen(10))
c.subtract(x for x in ["k1", "k1", "zz"])
print(c)
dq = deque((i * i for i in range(20)), maxlen=5)
dq.extend(str(i) for i in range(3))
dq.extendleft(i for i in range(2))
print(dq)
dd = defaultdict(factory)
for k in gen(12):
    dd[k].append(k)
print(dd["k0"], len(dd), len(calls), sorted(dd)[:3])
by_len = defaultdict(list)
for w in "a bb cc ddd e ffff gg".split():
    by_len[len(w)].append(w)
print(dict(by_len), sorted(by_len.items()))
window = deque(maxlen=3)
sums = []
for v in range(10):
    window.append(v)
    sums.append(sum(window))
print(sums)
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen, order, queue = {1}, [], deque([1])
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
inv = defaultdict(Counter)
for doc, text in enumerate(["a b a", "b c", "a c c"]):
    for w in text.split():
        inv[w][doc] += 1
print(inv)
print({k: dict(v) for k, v in inv.items()})
od = OrderedDict((str(i), deque(range(i))) for i in range(4))
print(od)
od.move_to_end("0")
print(list(od), Counter(od.keys()), Counter(dict(a=2)) == Counter(a=2))
print(sorted(Counter("mississippi").items(), key=lambda kv: (-kv[1], kv[0])))
tot = Counter()
for part in ({"x": 1}, Counter(x=2, y=1), dict(y=5)):
    tot.update(part)
print(tot, tot + Counter(), -tot)
data = [("a", 1), ("b", 2), ("a", 3)]
agg = defaultdict(lambda: {"n": 0, "sum": 0})
for k, v in data:
    agg[k]["n"] += 1
    agg[k]["sum"] += v
print(dict(agg))
big = deque(range(1000))
big.rotate(333)
print(big[0], big[-1], len(big), sum(big))
for _ in range(500):
    big.popleft()
    big.append(big.pop())
print(len(big), big[0], big[-1])
