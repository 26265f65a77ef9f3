# Binary search variants: exact, lower/upper bound, rotated array, integer sqrt
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34, 55]
for x in (0, 1, 3, 4, 21, 55, 60):
    print(x, bsearch(data, x), lower_bound(data, x), upper_bound(data, x),
          "count=%d" % (upper_bound(data, x) - lower_bound(data, x)))

def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

rot = [15, 18, 22, 27, 2, 5, 8, 11]
print([search_rotated(rot, v) for v in rot + [3, 30]])

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

for n in (0, 1, 15, 16, 17, 10**20, 2**127 - 1):
    print(n, isqrt(n))
