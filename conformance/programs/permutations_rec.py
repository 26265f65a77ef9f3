# Permutations, combinations and power sets by hand-written recursion
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i, x in enumerate(xs):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out

def combos(xs, k):
    if k == 0:
        yield ()
        return
    for i in range(len(xs)):
        for rest in combos(xs[i + 1:], k - 1):
            yield (xs[i],) + rest

def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

print(perms([1, 2, 3]))
print(len(perms(list(range(6)))))
print(["".join(p) for p in perms(list("abc"))])
print(list(combos("abcde", 3)))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))

def next_perm(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return True

a = [1, 1, 2, 3]
count = 1
while next_perm(a):
    count += 1
print("distinct perms of 1123:", count, a)
def derangements(n):
    return sum(1 for p in perms(list(range(n))) if all(p[i] != i for i in range(n)))
print([derangements(n) for n in range(1, 7)])
