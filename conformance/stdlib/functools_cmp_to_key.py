# functools.cmp_to_key: sorting/min/max with comparison functions, key object comparisons, errors
from functools import cmp_to_key

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def numeric(a, b):
    return a - b

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "plum", "banana", "fig"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
nums = [5, -2, 9, 0, 3.5, -7]
nums.sort(key=cmp_to_key(numeric))
print(nums)
print(sorted([3, 30, 34, 5, 9], key=cmp_to_key(lambda a, b: int(str(b) + str(a)) - int(str(a) + str(b)))))
K = cmp_to_key(numeric)
print(K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) != K(1), K(2) <= K(2), K(3) >= K(4))
print(K(5).obj, K(obj=6).obj, K.obj)
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=cmp_to_key(lambda a, b: a[0] - b[0])))
R = cmp_to_key(lambda a, b: b.lower() < a.lower())
print(R("a") < R("B"), R("B") < R("a"))
show(lambda: cmp_to_key())
show(lambda: cmp_to_key(numeric, numeric))
show(lambda: K(1, 2))
show(lambda: K())
show(lambda: K(x=1))
show(lambda: K(1, x=1))
show(lambda: K(1) < 2)
show(lambda: 2 < K(1))
show(lambda: hash(K(1)))
show(lambda: {K(1): 1})
show(lambda: K(1) < K("a"))
show(lambda: cmp_to_key(lambda a, b: "x")(1) < cmp_to_key(lambda a, b: "x")(2))
show(lambda: sorted([1, 2], key=cmp_to_key(lambda a: 0)))
