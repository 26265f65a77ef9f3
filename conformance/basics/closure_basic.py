# Closures capture variables (not values) from enclosing function scopes.
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1), a5(a10(0)))
def outer():
    x = 'before'
    def read():
        return x
    x = 'after'
    return read
print(outer()())
def multipliers():
    funcs = []
    for i in range(3):
        def m(v, i=i):
            return v * i
        funcs.append(m)
    return funcs
print([f(10) for f in multipliers()])
def counter():
    state = {'n': 0}
    def inc():
        state['n'] += 1
        return state['n']
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
def shared():
    items = []
    def add(v):
        items.append(v)
    def get():
        return list(items)
    return add, get
add, get = shared()
add(1)
add(2)
print(get())
