# Merge sort, counting inversions, and stability check with records
def merge_sort(a):
    if len(a) <= 1:
        return a, 0
    mid = len(a) // 2
    left, inv_l = merge_sort(a[:mid])
    right, inv_r = merge_sort(a[mid:])
    merged = []
    i = j = 0
    inv = inv_l + inv_r
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
            inv += len(left) - i
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, inv

seq = [38, 27, 43, 3, 9, 82, 10, 3, 55, -4, 0, 17]
s, inv = merge_sort(seq)
print(s)
print("inversions:", inv)
print(merge_sort([])[0], merge_sort([1])[0], merge_sort(list(range(10, 0, -1))))

def msort_key(items, key):
    if len(items) < 2:
        return items[:]
    m = len(items) // 2
    L, R = msort_key(items[:m], key), msort_key(items[m:], key)
    out = []
    while L and R:
        out.append(L.pop(0) if key(L[0]) <= key(R[0]) else R.pop(0))
    return out + L + R

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22), ("eve", 25), ("fay", 31)]
print(msort_key(people, key=lambda p: p[1]))
print(msort_key(people, key=lambda p: p[1]) == sorted(people, key=lambda p: p[1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(msort_key(words, len))
print(sorted(words, key=len, reverse=True))
