# Late binding: closures see the variable's value at call time, not definition time.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
funcs = [lambda j=j: j for j in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for k in range(3):
        def f():
            return k * 10
        fs.append(f)
    k = 100
    return fs
print([f() for f in make()])
def make2():
    return [(lambda k: (lambda: k))(k) for k in range(3)]
print([f() for f in make2()])
x = 'global first'
def read_x():
    return x
x = 'global later'
print(read_x())
def outer():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return fs
print([f() for f in outer()])
gens = [(lambda: m) for m in 'abc']
print(''.join(g() for g in gens))
