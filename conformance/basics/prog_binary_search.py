# Program: binary search variants (exact, leftmost, rightmost, insertion point) on sorted lists.
def search(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
a = [1, 3, 3, 3, 5, 8, 13, 21]
for x in [0, 1, 3, 4, 21, 22]:
    print(x, search(a, x), bisect_left(a, x), bisect_right(a, x))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 30, 2 ** 127]])
sorted_words = sorted('delta alpha echo bravo charlie'.split())
print(sorted_words, bisect_left(sorted_words, 'cat'), search(sorted_words, 'echo'))
