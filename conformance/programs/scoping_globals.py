# Variable scoping: global, nonlocal, shadowing, closures capturing loop variables
counter = 0
def bump():
    global counter
    counter += 1
    return counter
for _ in range(3):
    bump()
print("counter:", counter)
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified by inner"
        return x
    before = x
    inner()
    return before, x
print(outer(), x)
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def broken():
    try:
        print(y_unbound)
        y_unbound = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
y_unbound = "global y"
broken()
def make_multipliers():
    return [lambda v, i=i: v * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def accumulate():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = accumulate()
print([acc(v) for v in (5, 10, -3)])
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("square")
def sq(v):
    return v * v
@register("neg")
def neg(v):
    return -v
print(sorted(registry), registry["square"](7), registry["neg"](7))
comp_var = "outside"
print([comp_var for comp_var in "ab"], comp_var)
def gen_scope():
    total = 100
    return sum(total + i for i in range(3))
print(gen_scope())
def deep():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()()
print(deep())
print(globals is not None, "counter" in dir() if False else True)
