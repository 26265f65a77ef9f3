# Program: quicksort, mergesort, insertion sort and heap-free selection; all agree with sorted().
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot]
            + quicksort([x for x in xs if x > pivot]))
def mergesort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid]), mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def insertion_sort(xs):
    xs = xs[:]
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs
def inplace_quicksort(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] < p:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        inplace_quicksort(a, lo, i - 1)
        inplace_quicksort(a, i + 1, hi)
    return a
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000 - 500)
print(data[:10])
expected = sorted(data)
print(quicksort(data) == expected, mergesort(data) == expected, insertion_sort(data) == expected)
print(inplace_quicksort(data[:]) == expected, expected[:8], expected[-8:])
words = 'the quick brown fox jumps over the lazy dog'.split()
print(quicksort(words), mergesort(words) == sorted(words))
print(quicksort([]), mergesort([1]), insertion_sort([2, 1]), quicksort([3, 3, 3]))
