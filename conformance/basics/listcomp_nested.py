# Nested comprehension clauses: order of for clauses, dependent ranges, flattening.
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in 'ab' for y in 'cd'])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20)
       if a * a + b * b == c * c])
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid)
print([[0] * 3 for _ in range(2)])
words = ['hi', 'yo']
print([ch for w in words for ch in w])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({x: [y for y in range(x)] for x in range(4)})
nested = [[1, [2, 3]], [4, [5]]]
print([z for a, bs in nested for z in [a] + bs])
print([i * j for i in range(3) if i for j in range(3) if j])
