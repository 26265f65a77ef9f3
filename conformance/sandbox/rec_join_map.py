# recursion through str.join(map())
def f(x):
    return ''.join(map(f, 'a'))
f('a')
