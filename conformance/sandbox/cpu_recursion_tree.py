# CPU bomb: exponential recursion within the depth limit
def f(n):
    return 1 if n == 0 else f(n - 1) + f(n - 1)
f(60)
