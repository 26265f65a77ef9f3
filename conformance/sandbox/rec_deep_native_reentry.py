# a high --max-recursion: native re-entry (sorted key) is bounded by the C depth
def f(x):
    return sorted([1], key=f)
f(0)
