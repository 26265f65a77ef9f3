# Program: Pascal's triangle, binomial identities, centered printing.
def rows(n):
    row = [1]
    for _ in range(n):
        yield row
        row = [a + b for a, b in zip([0] + row, row + [0])]
tri = list(rows(10))
width = len(' '.join(map(str, tri[-1])))
for r in tri:
    print(' '.join(map(str, r)).center(width).rstrip())
print(all(sum(r) == 2 ** i for i, r in enumerate(tri)))
big = list(rows(101))[-1]
print(big[50], len(str(big[50])), big == big[::-1])
print([sum(1 for v in r if v % 2) for r in tri])
for r in list(rows(16)):
    print(''.join('#' if v % 2 else ' ' for v in r).rstrip())
