# Deterministic simulations with a hand-written LCG: Monte Carlo pi, random walk, dice stats
state = 2024
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state >> 11) / 2 ** 53

def randint(a, b):
    return a + int(rand() * (b - a + 1))

inside = 0
N = 20000
for _ in range(N):
    x, y = rand(), rand()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / N)
pos = 0
extremes = [0, 0]
for _ in range(1000):
    pos += 1 if rand() < 0.5 else -1
    extremes = [min(extremes[0], pos), max(extremes[1], pos)]
print("walk end", pos, "range", extremes)
rolls = [randint(1, 6) for _ in range(6000)]
hist = {f: rolls.count(f) for f in range(1, 7)}
print(hist, sum(hist.values()))
chi = sum((c - 1000) ** 2 / 1000 for c in hist.values())
print("chi-square: %.3f" % chi)
def shuffle(xs):
    for i in range(len(xs) - 1, 0, -1):
        j = randint(0, i)
        xs[i], xs[j] = xs[j], xs[i]
    return xs
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
print(shuffle(deck)[:13])
queue = []
served = waited = 0
for tick in range(500):
    if rand() < 0.3:
        queue.append(tick)
    if queue and rand() < 0.35:
        waited += tick - queue.pop(0)
        served += 1
print(f"served={served} left={len(queue)} avg wait={waited / served:.2f}")
