# complex: repr/str of every sign and special-value combination, real/imag, conjugate, bool, hash.
nan = float('nan')
inf = float('inf')
vals = [0j, -0j, 1j, -1j, 1 + 2j, -1 - 2j, complex(0.0, -0.0), complex(-0.0, 0.0),
        complex(-0.0, -0.0), 1e16 + 1j, 1e-5j, 1.5 + 2.25j, complex(nan, inf), complex(inf, -inf),
        complex(-nan, -nan), complex(1, nan), complex(1e300, 1e-300), 3 + 0j, complex(2.0, 1e22),
        123456789012345678j, 1e-7j, complex(0.1, 0.2), 2.5e-310j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, repr(v.conjugate()), bool(v))
print([1j, 2 + 1j], (1j,), {'k': -2j})
print(f'{1+2j} {3j!r} {-1j}', '%s %r' % (1j, 2 - 2j))

# hash: equal numbers hash alike; the imaginary part is weighted by 1000003
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(0j) == hash(0))
for v in [1 + 2j, 3 - 4j, complex(-1, 0), complex(0, -1), 1e300j, complex(1e300, -1e300),
          complex(inf, -inf), 2.5 + 1j, -1j]:
    print(repr(v), hash(v))
print({1j: 'a', 1 + 0j: 'b', 1: 'c', 1.0: 'd'})
print({0j, 0, 0.0, False}, 1j in {1j}, 1j in [2, 1j])

# attributes are read-only floats
z = 3 + 4j
print(type(z.real).__name__, type(z.imag).__name__, z.real, z.imag)
print(z.conjugate(), z.conjugate().conjugate(), (1 + 2j).__complex__(), z.__getnewargs__())
print(complex.conjugate(-1j), type(z) is complex, isinstance(z, complex), type(z).__name__)
try:
    z.real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    z.foo
except AttributeError as e:
    print(type(e).__name__, e)
for v in [0j, -0j, complex(0.0, -0.0), 1e-300j, complex(nan, 0)]:
    print(repr(v), bool(v), not v)
try:
    len(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(1j)
except TypeError as e:
    print(type(e).__name__, e)
