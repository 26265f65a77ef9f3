# Conditional expressions: laziness, nesting, precedence with lambda and or/and.
def show(tag, v):
    print('eval', tag)
    return v
print(show('a', 1) if show('cond', True) else show('b', 2))
print(show('a', 1) if show('cond', 0) else show('b', 2))
x = 5
print('pos' if x > 0 else 'zero' if x == 0 else 'neg')
for v in [-3, 0, 3]:
    print('pos' if v > 0 else 'zero' if v == 0 else 'neg')
y = 1 + 2 if False else 10
print(y)
z = (1 if True else 2) + 100
print(z)
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print(f(3), f(4))
print([i if i % 3 else '-' for i in range(7)])
print(0 or 'x' if 0 else 'y')
print((0 or 'x') if 1 else 'y')
print('a' if [] else 'b' if {} else 'c')
def sign(n):
    return 1 if n > 0 else -1 if n < 0 else 0
print([sign(n) for n in (-10, 0, 10 ** 20, -0.0, 0.5)])
print(not 1 if 0 else 2)
