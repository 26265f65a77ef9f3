# global: rebinding module names from functions, reading without global, creating new globals.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc()
inc()
print(counter)
def make_new():
    global brand_new
    brand_new = 'created inside'
make_new()
print(brand_new)
def read_only():
    return counter * 10
print(read_only())
items = []
def mutate():
    items.append(len(items))
mutate()
mutate()
print(items)
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def nested():
    def inner():
        global counter
        counter = 'set by inner'
    inner()
nested()
print(counter)
def g1():
    global a, b
    a, b = 1, 2
g1()
print(a, b)
def use_before_global_assign():
    global late
    late = 5
    return late
print(use_before_global_assign(), late)
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print(idx)
def del_global():
    global brand_new
    del brand_new
del_global()
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
