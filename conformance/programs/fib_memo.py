# Fibonacci numbers several ways: naive recursion, memo dict, iterative, generator, big ints
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print([fib_naive(i) for i in range(15)])
print(fib_memo(90), fib_iter(90))
g = fib_gen()
print([next(g) for _ in range(20)])
big = fib_iter(500)
print(big)
print(len(str(big)), "digits")
print("digit sum:", sum(int(c) for c in str(big)))
print("mod 1e9+7:", big % (10**9 + 7))
# ratio converges to golden ratio
for n in (5, 10, 20, 40):
    print(n, fib_iter(n + 1) / fib_iter(n))
evens = [f for f in (fib_iter(i) for i in range(60)) if f % 2 == 0]
print("even fibs:", evens[:10], "... total", len(evens))
print("sum even < 4M:", sum(f for f in evens if f < 4_000_000))
