# Dynamic programming classics: LCS, LIS, coin change, edit distance table, max subarray
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))

def lis(xs):
    best = [1] * len(xs)
    prev = [-1] * len(xs)
    for i in range(len(xs)):
        for j in range(i):
            if xs[j] < xs[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    k = max(range(len(xs)), key=lambda i: best[i])
    seq = []
    while k != -1:
        seq.append(xs[k]); k = prev[k]
    return seq[::-1]

def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for c in coins:
        for v in range(c, amount + 1):
            ways[v] += ways[v - c]
            fewest[v] = min(fewest[v], fewest[v - c] + 1)
    return ways[amount], fewest[amount]

def max_subarray(xs):
    best = cur = xs[0]
    start = best_s = best_e = 0
    for i, x in enumerate(xs[1:], 1):
        if cur + x < x:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, best_s, best_e = cur, start, i
    return best, xs[best_s:best_e + 1]

print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))
for coins, amt in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25], 100), ([3, 7], 1)]:
    print(coins, amt, coin_change(coins, amt))
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))
tri = [[3], [7, 4], [2, 4, 6], [8, 5, 9, 3]]
for r in range(len(tri) - 2, -1, -1):
    for c in range(len(tri[r])):
        tri[r][c] += max(tri[r + 1][c], tri[r + 1][c + 1])
print("max path:", tri[0][0])
grid_paths = [[1] * 8 for _ in range(8)]
for r in range(1, 8):
    for c in range(1, 8):
        grid_paths[r][c] = grid_paths[r - 1][c] + grid_paths[r][c - 1]
print("lattice paths 7x7:", grid_paths[7][7])
