# Program: coin change: greedy vs dynamic programming, with the coins used.
def greedy(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            amount -= c
            used.append(c)
    return used if amount == 0 else None
def optimal(coins, amount):
    best = [0] + [None] * amount
    choice = [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] is not None and (best[a] is None or best[a - c] + 1 < best[a]):
                best[a] = best[a - c] + 1
                choice[a] = c
    if best[amount] is None:
        return None
    used = []
    while amount:
        used.append(choice[amount])
        amount -= choice[amount]
    return sorted(used, reverse=True)
for coins, amount in [([1, 5, 10, 25], 63), ([1, 3, 4], 6), ([2], 3), ([5, 10], 0), ([9, 6, 1], 12)]:
    g, o = greedy(coins, amount), optimal(coins, amount)
    print(coins, amount, g, o, 'greedy optimal' if g is not None and o is not None and len(g) == len(o) else 'differs')
