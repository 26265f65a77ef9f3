# Annotations are accepted on parameters, returns and variables, and do not change behaviour.
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add('x', 'y'))
def f(*args: str, key: 'anything' = None, **kw: float) -> None:
    return args, key, kw
print(f('a', key=1, z=2))
x: int = 5
print(x)
y: list = []
y.append(1)
print(y)
z: 'not evaluated as a type'
try:
    print(z)
except NameError as e:
    print(type(e).__name__, e)
def g():
    local: int
    try:
        return local
    except UnboundLocalError as e:
        return type(e).__name__
print(g())
lam = lambda q: q * 2
print(lam(4))
def h(a: 1 + 1, b: [1, 2] = (3,)) -> {'k': 'v'}:
    return a, b
print(h(0))
count: int = 0
for i in range(3):
    count += i
print(count)
