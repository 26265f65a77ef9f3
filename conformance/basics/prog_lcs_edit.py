# Program: dynamic programming: longest common subsequence, edit distance, knapsack.
def lcs(a, b):
    dp = [[''] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                dp[i][j] = a[i] + dp[i + 1][j + 1]
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j + 1], key=len)
    return dp[0][0]
print(lcs('ABCBDAB', 'BDCABA'), lcs('kitten', 'sitting'), repr(lcs('abc', 'xyz')))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
pairs = [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same'), ('intention', 'execution')]
print([edit(a, b) for a, b in pairs])
def knapsack(items, cap):
    best = [0] * (cap + 1)
    choice = [[] for _ in range(cap + 1)]
    for name, w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                choice[c] = choice[c - w] + [name]
    return best[cap], choice[cap]
items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
         ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40)]
print(knapsack(items, 200))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
print(coin_change([1, 2, 5], 11), coin_change([2, 5, 3, 6], 10), coin_change([1, 5, 10, 25, 50], 300))
