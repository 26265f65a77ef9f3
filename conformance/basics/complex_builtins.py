# complex with builtins and comparisons: abs, pow, round, divmod, sum, ==, ordering errors,
# negative numbers raised to fractional powers.
nan = float('nan')
inf = float('inf')
for v in [3 + 4j, -0j, 1e-320j, complex(1e308, 1e308), complex(inf, nan), complex(nan, -inf),
          complex(nan, 1), -5j, complex(-3, 4)]:
    print(repr(v), abs(v))
try:
    abs(complex(1.5e308, 1.5e308))
except OverflowError as e:
    print(type(e).__name__, e)

print(pow(1j, 2), pow(2, 1j), pow(1 + 1j, -2), pow(1j, 2, None))
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (2.0, 3, 1j), (2, 3.0, 1j), (1j, 'a', 2),
             ('a', 1j, 2), (1.5, 1j, 2)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: round(1j), lambda: round(1j, 2), lambda: divmod(1j, 2), lambda: divmod(2, 1j),
          lambda: int(1j), lambda: float(1j), lambda: max(1j, 2j), lambda: sorted([1j, 2j])]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), sum([1j, 2j], 1), sum([0.5j] * 4))

# equality with numbers; ordering is not defined
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 1, 0j == False, 1 + 0j == True)
print(2**53 + 1 == complex(2**53 + 1), complex(2**53) == 2**53, 10**400 == 1j, 1 == 1 + 0j)
print(1j == 'a', 1j == None, 1j != None, complex(nan) == complex(nan), 0j == -0j)
print(1.5 == 1.5 + 0j, 1.5 + 0j != 1.5, [1j, 2] == [1j, 2], (1, 1j) < (2, 1j))
for f in [lambda: 1j < 1, lambda: 1 > 1j, lambda: 1j <= 1j, lambda: 1.5 >= 1j,
          lambda: (1, 1j) < (1, 2j)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

# a negative int or float raised to a fractional power is complex
for b, e in [(-8, 1 / 3), (-8.0, 0.5), (-1, 0.5), (-2, 1.5), (-2.0, -0.5), (-27, 1 / 3),
             (-1e308, 1.5), (-2, -1.5), (-0.5, 0.25), (-1, 0.5000000001), (-3, 2.0), (-3, -1.0)]:
    try:
        print(repr(b), repr(e), repr(b ** e), repr(pow(b, e)))
    except OverflowError as ex:
        print(repr(b), repr(e), type(ex).__name__, ex)
for b, e in [(-10**400, 0.5), (-0.0, 0.5), (-1.5, inf), (-1.5, -inf), (-inf, 0.5)]:
    try:
        print(repr(b ** e))
    except OverflowError as ex:
        print(type(ex).__name__, ex)
