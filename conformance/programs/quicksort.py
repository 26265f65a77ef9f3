# Quicksort variants: functional, in-place Lomuto, three-way partition, quickselect
def qs(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return qs([x for x in rest if x < pivot]) + [pivot] + qs([x for x in rest if x >= pivot])

def qs_inplace(a, lo=0, hi=None):
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
        qs_inplace(a, lo, i - 1)
        qs_inplace(a, i + 1, hi)
    return a

def three_way(a):
    if not a:
        return []
    p = a[len(a) // 2]
    less = [x for x in a if x < p]
    eq = [x for x in a if x == p]
    more = [x for x in a if x > p]
    return three_way(less) + eq + three_way(more)

def quickselect(a, k):
    p = a[0]
    lo = [x for x in a if x < p]
    hi = [x for x in a if x > p]
    eq = len(a) - len(lo) - len(hi)
    if k < len(lo):
        return quickselect(lo, k)
    if k < len(lo) + eq:
        return p
    return quickselect(hi, k - len(lo) - eq)

data = [5, 2, 9, 1, 5, 6, 3, 8, 7, 4, 0, 5, 2]
print(qs(data))
print(qs_inplace(data[:]))
print(three_way(data))
print([quickselect(data, k) for k in range(len(data))])
print(qs(list("quicksort")))
print(qs([3.5, -1.25, 2.0, 1e10, -0.0, 0.5]))
median = quickselect(data, len(data) // 2)
print("median:", median)
print(qs([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
