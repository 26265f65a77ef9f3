# Program: statistics without imports: mean, median, mode, variance, histogram bars.
data = [2, 4, 4, 4, 5, 5, 7, 9, 12, 3, 3, 8, 10, 1, 4]
n = len(data)
mean = sum(data) / n
s = sorted(data)
median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
mode = max(sorted(counts), key=counts.get)
var = sum((x - mean) ** 2 for x in data) / n
std = var ** 0.5
print(f'n={n} mean={mean:.4f} median={median} mode={mode} var={var:.4f} std={std:.4f}')
print(f'min={min(data)} max={max(data)} range={max(data) - min(data)}')
bins = {}
for x in data:
    b = (x - 1) // 3
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    lo, hi = b * 3 + 1, b * 3 + 3
    print(f'{lo:>3}-{hi:<3} {"*" * bins[b]:<6} {bins[b]}')
def percentile(vals, p):
    k = (len(vals) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(vals) - 1)
    return vals[f] + (vals[c] - vals[f]) * (k - f)
print([round(percentile(s, p), 2) for p in (0, 25, 50, 75, 90, 100)])
z = [round((x - mean) / std, 3) for x in data[:5]]
print(z)
