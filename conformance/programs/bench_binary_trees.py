# Binary-trees benchmark using nested tuples: build, check, and count nodes at each depth
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

min_depth = 4
max_depth = 12
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
long_lived = make(max_depth)
for d in range(min_depth, stretch, 2):
    iterations = 2 ** (max_depth - d + min_depth)
    total = 0
    for _ in range(iterations):
        total += check(make(d))
    print(f"{iterations}\t trees of depth {d}\t check: {total}")
print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
