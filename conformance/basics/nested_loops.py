# Nested loops: multiplication table, triangle patterns, and product enumeration.
for i in range(1, 5):
    print(' '.join('%2d' % (i * j) for j in range(1, 5)))
for i in range(1, 5):
    print('*' * i)
for i in range(3, 0, -1):
    print(' ' * (3 - i) + '#' * (2 * i - 1))
pairs = []
for a in range(3):
    for b in range(a, 3):
        pairs.append((a, b))
print(pairs)
count = 0
for x in range(20):
    for y in range(20):
        for z in range(20):
            if x + y + z == 10 and x <= y <= z:
                count += 1
print(count)
words = ['ab', 'cd']
for w in words:
    for ch in w:
        for k in range(2):
            print(ch * (k + 1), end=' ')
print()
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
t = [[m[r][c] for r in range(3)] for c in range(3)]
print(t)
s = 0
for row in m:
    for v in row:
        if v % 2:
            s += v
print(s)
