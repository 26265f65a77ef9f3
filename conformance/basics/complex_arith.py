# complex arithmetic: + - * / ** with int/bool/float/complex, signed zeros, errors, unsupported ops.
nums = [2, -3, 0, 1.5, -0.0, True, (1 + 2j), (3 - 4j), 0j, complex(0, -0.0), 10**20,
        complex(-0.0, 0.0)]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b), ('//', lambda a, b: a // b),
       ('%', lambda a, b: a % b)]
for x in nums:
    for y in nums:
        if type(x) is not complex and type(y) is not complex:
            continue
        row = []
        for name, f in ops:
            try:
                row.append(repr(f(x, y)))
            except (TypeError, ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__ + ': ' + str(e))
        print(repr(x), repr(y), ' | '.join(row))

# powers: small integral exponents multiply, others use the polar form
for b, e in [(1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -3), (2 + 0j, 0.5), (1j, 1j), (1 + 2j, 3 + 4j),
             (2, 1j), (2.5, 1 + 1j), (1j, 101), (0.5 + 0.5j, -100), (1j, -1), (1 + 2j, 100.5),
             (2 + 3j, -101), (1e-320j, 2), (1 + 1j, 1e10), (1j, 0), (0j, 0), (0j, 0j), (0j, 2)]:
    try:
        print(repr(b), repr(e), repr(b ** e))
    except (ZeroDivisionError, OverflowError) as ex:
        print(repr(b), repr(e), type(ex).__name__, ex)
for b, e in [(0j, -1), (0j, -1.5), (0j, 1j), (0, -1j), (1e200 + 1e200j, 2), (1e200j, 100.5),
             (1e-200j, -2), (10, 1e3 + 0.5j), (-0.0 + 0j, -2)]:
    try:
        print(repr(b ** e))
    except (ZeroDivisionError, OverflowError) as ex:
        print(repr(b), repr(e), type(ex).__name__, ex)

nan = float('nan')
inf = float('inf')
print(complex(nan, 1) / (1 + 1j), (1 + 1j) / complex(nan, 1), (1 + 1j) / complex(inf, 1))
print((1 + 1j) * 1e308 * 10, complex(1e308) * 10, (1e200 + 1e200j) * (1e200 + 1e200j))
print(-(1 + 2j), -0j, -(0j), +(1 + 2j), -complex(-0.0, 0.0))
print(complex(1, -0.0) + 1, complex(1, -0.0) * 1, complex(-0.0, 1) - 0, 3 - complex(3, -0.0))
for f in [lambda: ~1j, lambda: 1j << 1, lambda: 1j & 1, lambda: 1j @ 1j, lambda: 1j + 'a',
          lambda: 'a' + 1j, lambda: 'a' * 1j, lambda: [1] * 1j, lambda: 10**400 + 1j,
          lambda: 1j * 10**400, lambda: None - 1j]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

x = 1j
x += 1
x *= 2j
x -= 1
x /= 2
x **= 2
print(x)
for f in [lambda y: y // 2, lambda y: y % 2]:
    try:
        f(x)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    x //= 2
except TypeError as e:
    print(type(e).__name__, e)
