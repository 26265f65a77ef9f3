# Sparse vectors and matrices stored as dicts of (row, col) -> value
def sparse(rows):
    return {(r, c): v for r, row in enumerate(rows) for c, v in enumerate(row) if v}

def dims(m):
    return (max(r for r, _ in m) + 1, max(c for _, c in m) + 1) if m else (0, 0)

def mul(a, b):
    out = {}
    by_row = {}
    for (k, j), v in b.items():
        by_row.setdefault(k, []).append((j, v))
    for (i, k), v in a.items():
        for j, w in by_row.get(k, []):
            out[(i, j)] = out.get((i, j), 0) + v * w
    return {k: v for k, v in out.items() if v}

def dense(m, shape):
    return [[m.get((r, c), 0) for c in range(shape[1])] for r in range(shape[0])]

A = sparse([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
B = sparse([[0, 1], [2, 0], [0, 0], [1, 1]])
print(sorted(A.items()))
print(dims(A), dims(B), len(A), "nonzeros")
C = mul(A, B)
for row in dense(C, (dims(A)[0], dims(B)[1])):
    print(row)
T = {(c, r): v for (r, c), v in A.items()}
print(dense(T, dims(T)))
v1 = {0: 1.5, 3: -2.0, 7: 4.0}
v2 = {3: 0.5, 7: 0.25, 9: 10.0}
print(sum(v * v2.get(k, 0) for k, v in v1.items()))
norm = sum(v * v for v in v1.values()) ** 0.5
print(f"{norm:.6f}", {k: round(v / norm, 4) for k, v in sorted(v1.items())})
I = {(i, i): 1 for i in range(4)}
print(mul(A, I) == A, sorted(mul(I, I).items()))
density = len(A) / (dims(A)[0] * dims(A)[1])
print(f"density {density:.1%}")
