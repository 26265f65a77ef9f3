# Loop control: break/continue/else on for and while, nested loop exits via flags and exceptions
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2, 3], 100))
for n in range(2, 30):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        print("break at", i)
        break
    print("i =", i)
else:
    print("while finished normally")
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
class_done = False
for x in range(5):
    for y in range(5):
        if x * y == 6:
            class_done = True
            break
    if class_done:
        break
print("found", x, y)
def search(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration((r, c))
    except StopIteration as e:
        return e.args[0]
    return "missing"
g = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(g, 6), search(g, 10))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
total = 0
for i in range(100):
    if i % 2:
        continue
    total += i
    if total > 200:
        break
print(total, i)
count = 0
while True:
    count += 1
    if count ** 2 > 500:
        break
print(count)
for _ in []:
    print("never")
else:
    print("empty loop else")
