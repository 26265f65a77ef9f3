# List-heavy benchmark: comprehension, sort, reverse, insert/pop, slicing of large lists
data = [(i * 2654435761) % 1000003 for i in range(100000)]
print(len(data), sum(data), max(data), min(data))
s = sorted(data)
print(s[:5], s[-5:], s[50000])
data.sort(reverse=True)
print(data[:3])
evens = [x for x in data if x % 2 == 0]
print(len(evens), evens[:3])
matrix = [[i * j for j in range(200)] for i in range(200)]
print(sum(map(sum, matrix)), matrix[199][199])
t = list(zip(*matrix))
print(t[5][:5], len(t))
stack = []
for i in range(50000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(len(stack), stack[-3:])
q = list(range(1000))
for _ in range(500):
    q.insert(0, q.pop())
print(q[:5])
nested = [[k] * (k % 5) for k in range(1000)]
flat = [x for sub in nested for x in sub]
print(len(flat), flat[:8])
print(sorted(set(data))[:3] == s[:3], data.count(data[0]), data.index(max(data)))
r = list(range(100000))
print(r[::1000][:5], r[-1:-5:-1], len(r[::7]))
