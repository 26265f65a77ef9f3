# Matrix operations with nested lists: multiply, transpose, determinant, inverse via fractions-free
def mat_mul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]

def transpose(M):
    return [list(r) for r in zip(*M)]

def det(M):
    if len(M) == 1:
        return M[0][0]
    if len(M) == 2:
        return M[0][0] * M[1][1] - M[0][1] * M[1][0]
    total = 0
    for j, v in enumerate(M[0]):
        minor = [row[:j] + row[j + 1:] for row in M[1:]]
        total += (-1) ** j * v * det(minor)
    return total

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(M, e):
    R = identity(len(M))
    while e:
        if e & 1:
            R = mat_mul(R, M)
        M = mat_mul(M, M)
        e >>= 1
    return R

def show(M, name):
    print(name + ":")
    w = max(len(str(x)) for r in M for x in r)
    for r in M:
        print("  [" + ", ".join(str(x).rjust(w) for x in r) + "]")

A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
B = [[2, 0, 1], [1, 3, 2], [0, 1, 1]]
show(mat_mul(A, B), "A*B")
show(transpose(A), "A^T")
print("det A =", det(A), "det B =", det(B), "det AB =", det(mat_mul(A, B)))
show(mat_pow([[1, 1], [1, 0]], 50), "fib matrix ^50")
def inverse(M):
    n = len(M)
    aug = [list(map(float, r)) + [float(i == j) for j in range(n)] for i, r in enumerate(M)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [r[n:] for r in aug]
inv = inverse(A)
for r in inv:
    print(["%8.4f" % x for x in r])
check = mat_mul(A, inv)
print([[round(x, 9) + 0.0 for x in r] for r in check])
