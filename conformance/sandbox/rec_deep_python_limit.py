# a high --max-recursion: pure Python frames do not use the C stack
def f(n):
    return n if n == 0 else f(n - 1)
print(f(50000))
