# 0/1 knapsack via dynamic programming with item reconstruction
items = [
    ("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
    ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
    ("cheese", 23, 30), ("beer", 52, 10), ("suntan cream", 11, 70), ("camera", 32, 30),
    ("T-shirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40),
    ("waterproof trousers", 42, 70), ("waterproof overclothes", 43, 75),
    ("note-case", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50),
    ("book", 30, 10),
]
limit = 400
n = len(items)
table = [[0] * (limit + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    name, w, v = items[i - 1]
    for cap in range(limit + 1):
        table[i][cap] = table[i - 1][cap]
        if w <= cap and table[i - 1][cap - w] + v > table[i][cap]:
            table[i][cap] = table[i - 1][cap - w] + v
chosen = []
cap = limit
for i in range(n, 0, -1):
    if table[i][cap] != table[i - 1][cap]:
        chosen.append(items[i - 1])
        cap -= items[i - 1][1]
chosen.reverse()
print("Best value:", table[n][limit])
print("Total weight:", sum(w for _, w, _ in chosen))
for name, w, v in chosen:
    print("  %-24s %4d %4d" % (name, w, v))
print("{:=^36}".format(" summary "))
print("{} items of {}".format(len(chosen), n))
print("value/weight: {:.3f}".format(table[n][limit] / sum(w for _, w, _ in chosen)))
