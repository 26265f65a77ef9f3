# Program: permutations, combinations and the power set via recursive generators.
def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest
def combinations(seq, k):
    if k == 0:
        yield []
        return
    for i in range(len(seq)):
        for rest in combinations(seq[i + 1:], k - 1):
            yield [seq[i]] + rest
def product(*seqs):
    if not seqs:
        yield ()
        return
    for x in seqs[0]:
        for rest in product(*seqs[1:]):
            yield (x,) + rest
print([''.join(p) for p in permutations('abc')])
print(len(list(permutations(list(range(6))))))
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
print(list(product('ab', [0, 1])), len(list(product(range(3), range(3), range(3)))))
def next_permutation(a):
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
a = [1, 2, 2, 3]
out = [a[:]]
while next_permutation(a):
    out.append(a[:])
print(len(out), out[:4], out[-1])
