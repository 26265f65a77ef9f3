# a high --max-recursion: native re-entry through map() is bounded
def f(x):
    return list(map(f, [x]))
f(0)
