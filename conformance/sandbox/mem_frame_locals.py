# memory bomb: recursion where each frame holds a big list
def f(n):
    big = [0] * 100000
    return f(n + 1)
f(0)
