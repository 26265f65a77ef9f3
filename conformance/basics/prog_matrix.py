# Program: matrix multiply, transpose, identity, determinant, integer powers with lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m, 'shape mismatch'
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(r) for r in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for c in range(len(a)):
        minor = [row[:c] + row[c + 1:] for row in a[1:]]
        total += (-1) ** c * a[0][c] * det(minor)
    return total
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), matmul(B, A))
print(transpose(A), transpose(transpose(A)) == A)
print(matmul(identity(3), B) == B)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
print(matpow([[1, 1], [1, 0]], 50)[0][1])
F = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(F, F))
try:
    matmul(A, A)
except AssertionError as e:
    print(type(e).__name__, e)
for row in matmul(M, transpose(M)):
    print(' '.join(f'{v:4d}' for v in row))
