# int and float numeric dunders: __round__ __floor__ __ceil__ __trunc__ __int__ __float__ __index__ __abs__ __divmod__ __rdivmod__.
for x in [7, -7, 0, True, 10**30, -10**30 - 1]:
    print(x.__int__(), x.__index__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__float__(), x.__round__(), x.__round__(-1), x.__abs__(), x.__divmod__(3), x.__rdivmod__(100) if x else 0, x.__divmod__(2.0), x.__rdivmod__('a'))
    print(type(x.__int__()).__name__, type(x.__round__(2)).__name__)
for x in [3.7, -3.7, 2.5, -2.5, 0.0, -0.0, 1e300, 1.5e-10]:
    print(x.__float__(), x.__int__(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__round__(None), x.__round__(-2), x.__abs__(), x.__divmod__(3), x.__rdivmod__(100) if x else 0, x.__divmod__('x'), x.__rdivmod__(2.5) if x else 0)
print((2.5).__round__(None), (3.7).__round__(1), (2.5).__floor__(), (7).__round__(-1), (1.5).__round__(10**30), (15).__round__(-1), (25).__round__(-1))
for bad in [float('inf'), float('-inf'), float('nan')]:
    for m in ['__int__', '__trunc__', '__floor__', '__ceil__', '__round__']:
        try:
            getattr(bad, m)()
        except (ValueError, OverflowError) as e:
            print(m, type(e).__name__, e)
    print(bad.__round__(2), bad.__abs__())
try:
    (10**400).__float__()
except OverflowError as e:
    print(e)
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    try:
        a.__divmod__(b)
    except ZeroDivisionError as e:
        print(e)
try:
    (1.5).__round__('x')
except TypeError as e:
    print(e)
try:
    (15).__round__(1.0)
except TypeError as e:
    print(e)
print(hasattr(5, 'is_integer'), hasattr(5.0, '__index__'))
try:
    (5).__round__(None)
except TypeError as e:
    print(e)
print(round(5, None), round(5.5, None))
