# Slicing tricks on lists and strings: rotation, chunking, slice assignment, step deletion
xs = list(range(10))
print(xs[2:5], xs[:3], xs[-3:], xs[::3], xs[::-1], xs[-2:1:-2], xs[100:], xs[-100:2])
def rotate(a, k):
    k %= len(a)
    return a[k:] + a[:k]
print(rotate(xs, 3), rotate(xs, -3), rotate(xs, 13))
chunks = [xs[i:i + 4] for i in range(0, len(xs), 4)]
print(chunks)
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [99, 98]
print(ys)
ys[::2] = [0] * len(ys[::2])
print(ys)
del ys[::3]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = list("abcdefgh")
zs[-3:] = []
print(zs, zs[slice(1, None, 2)], "".join(zs[::-1]))
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, s.indices(5), list(range(10))[s])
print("palindrome" if "racecar" == "racecar"[::-1] else "no", "abcdef"[1::2], "abcdef"[-1:-4:-1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in matrix], [r[1] for r in matrix], matrix[::-1][0])
print([list(r) for r in zip(*matrix[::-1])])
a = [1, 2, 3]
b = a
a[:] = [4, 5]
print(b, a is b)
a += [6]
print(b)
a = a + [7]
print(b, a)
print([1, 2] * 3, [[0] * 2] * 2, 3 * "ab", [] * 5)
nums = [5, 1, 4]
nums[len(nums):] = [9]
print(nums, nums.index(4), nums.count(1), sorted(nums)[1:-1])
