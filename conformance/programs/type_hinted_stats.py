# Statistics helpers written with type hints and docstrings: mean, median, mode, stdev, quartiles
def mean(xs: list[float]) -> float:
    """Arithmetic mean."""
    return sum(xs) / len(xs)

def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def mode(xs: list) -> list:
    counts: dict = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    top = max(counts.values())
    return sorted(k for k, v in counts.items() if v == top)

def variance(xs: list[float], sample: bool = True) -> float:
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))

def stdev(xs, sample=True):
    return variance(xs, sample) ** 0.5

def quartiles(xs):
    s = sorted(xs)
    half = len(s) // 2
    lower, upper = s[:half], s[half + (len(s) % 2):]
    return median(lower), median(s), median(upper)

data: list[int] = [2, 4, 4, 4, 5, 5, 7, 9, 12, 15, 3, 8]
print("data    :", data)
print("mean    :", mean(data))
print("median  :", median(data))
print("mode    :", mode(data))
print("var(s)  :", variance(data))
print("var(p)  :", variance(data, sample=False))
print("stdev   : %.6f / %.6f" % (stdev(data), stdev(data, False)))
print("quartile:", quartiles(data))
print(f"range   : {min(data)}..{max(data)} ({max(data) - min(data)})")
print(mean.__doc__, median.__name__)
scores = {"ann": [88, 92, 79], "bob": [65, 70, 81, 90], "cid": [100], "dee": [55, 60]}
for name, s in sorted(scores.items(), key=lambda kv: -mean(kv[1])):
    grade = "A" if mean(s) >= 90 else "B" if mean(s) >= 80 else "C" if mean(s) >= 70 else "F"
    print(f"{name:<4} n={len(s)} mean={mean(s):6.2f} median={median(s):6.1f} grade={grade}")
z = [(x - mean(data)) / stdev(data) for x in data]
print([round(v, 3) for v in z])
print(round(sum(z), 12) == 0, round(mean([0.1, 0.2, 0.3]), 15))
