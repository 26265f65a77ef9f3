# break and continue: innermost loop only, inside nested control flow and try.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
result = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    result.append(i)
print(result)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    if found is not None:
        break
print('found', found, 'in row', row)
i = 0
out = []
while i < 10:
    i += 1
    if i == 3:
        continue
    try:
        if i == 6:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
for x in range(3):
    if x == 1:
        try:
            continue
        finally:
            print('finally on continue', x)
    print('x', x)
n = 0
while True:
    n += 1
    if n < 5:
        continue
    break
print(n)
res = []
for a in 'ab':
    for b in 'cd':
        for c in 'ef':
            if c == 'f':
                break
            res.append(a + b + c)
print(res)
