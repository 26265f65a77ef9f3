# Classic O(n^2) and O(n log n) sorts with comparison and swap counters
def bubble(a):
    a = a[:]
    comps = swaps = 0
    for i in range(len(a)):
        swapped = False
        for j in range(len(a) - 1 - i):
            comps += 1
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, comps, swaps

def insertion(a):
    a = a[:]
    comps = shifts = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0:
            comps += 1
            if a[j] <= key:
                break
            a[j + 1] = a[j]
            shifts += 1
            j -= 1
        a[j + 1] = key
    return a, comps, shifts

def selection(a):
    a = a[:]
    comps = swaps = 0
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            comps += 1
            if a[j] < a[m]:
                m = j
        if m != i:
            a[i], a[m] = a[m], a[i]
            swaps += 1
    return a, comps, swaps

def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t, j = a[i], i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a

def counting(a):
    lo, hi = min(a), max(a)
    c = [0] * (hi - lo + 1)
    for x in a:
        c[x - lo] += 1
    return [i + lo for i, n in enumerate(c) for _ in range(n)]

seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100 - 20)
print(data)
for name, fn in [("bubble", bubble), ("insertion", insertion), ("selection", selection)]:
    out, c, s = fn(data)
    print(f"{name:<10} comps={c:4d} moves={s:4d} ok={out == sorted(data)}")
print(shell(data) == sorted(data), counting(data) == sorted(data))
print(bubble(list(range(10)))[1:], insertion(list(range(10, 0, -1)))[1:])
