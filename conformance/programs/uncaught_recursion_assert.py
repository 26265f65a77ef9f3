# Invariant checker that ends with an uncaught AssertionError carrying a message
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"out of order at {i}: {xs[i]} > {xs[i + 1]}"
    return True

print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print(check_sorted(sorted([5, 3, 9])))
check_sorted([1, 3, 2, 4])
