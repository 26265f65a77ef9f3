# --max-recursion 10**7: memory, not the C stack, ends it
def f(n):
    return f(n + 1)
f(0)
