# Default parameter values: evaluation time, overriding, mixing with keywords.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Dee', greeting='Yo'))
k = 10
def f(x=k):
    return x
k = 20
print(f(), f(5))
def g(a, b=2, c=3):
    return a, b, c
print(g(1), g(1, c=9), g(a=0))
def counter(start=0, step=1, stop=None):
    if stop is None:
        stop = start + 3 * step
    return list(range(start, stop, step))
print(counter(), counter(5), counter(10, -2), counter(stop=2))
calls = []
def default_maker(v):
    calls.append(v)
    return v
def h(a=default_maker(1), b=default_maker(2)):
    return a + b
print(calls, h(), h(10), calls)
def none_default(x=None):
    return 'got None' if x is None else x
print(none_default(), none_default(0), none_default(''))
print(g.__defaults__)
print(greet.__defaults__)
def nodefs(a):
    return a
print(nodefs.__defaults__)
