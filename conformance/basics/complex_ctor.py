# complex(): numbers, keywords, complex arguments, the string grammar and its error messages.
print(complex(), complex(1), complex(1.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(real=3), complex(imag=4), complex(real=1, imag=2), complex(-0.0, -0.0))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1j), complex(2, 1j), complex(1j, 2))
x = 1 + 2j
print(complex(x) is x, complex(x) == x, type(1j)(2), complex(10**20, -10**20))

for s in ["1+2j", " ( 3-4j ) ", "j", "-j", "+j", "J", "1e3j", "1.5", "-1.5e-3+2J", "inf+nanj",
          "-infinityj", "(1)", "1_000+2_0j", "  5  ", "1-j", "1+j", ".5j", "5.j",
          "\t(\n-0-0j\t)\n", "nan", "-nan-nanj", "1e500j", "-1E-500-1e500J", "INF", "Infinity-InFj",
          "١٢+٣j", "\u20031j\u2003", "0j", "-0j", "1e5", "1_0.0_1j"]:
    print(repr(s), complex(s))

for s in ["", " ", "1+", "j1", "1+2", "(1+2j", "1+2j)", "1 + 2j", "1+2jj", "()", "1e", "1+-2j",
          "( )", "1+2j\0", "1..5j", "i", "abc", "1j+1", "1e+j", "+-1j", "((1j))", "1 j",
          "1_+2j", "1__0j", "_1j", "1j_", "1_j", "1._5j", "1e_5j", "1+2j\u00e9"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

bad = [("1", 2), ("1", "2"), (1, "2"), ([],), (1, []), (None,), ({},), (b"1",), (1, None),
       ((1, 2),), (1j, "x")]
for a in bad:
    try:
        print(complex(*a))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(foo=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(1, real=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    complex(1, 10**400)
except OverflowError as e:
    print(type(e).__name__, e)
