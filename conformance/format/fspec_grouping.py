# Thousands separators ',' and '_' for ints and floats; '_' groups by 4 for b/o/x.
for n in [0, 999, 1000, -1000, 1234567, -1234567890, 10 ** 20]:
    print(f'{n:,} {n:_} {n:>15,} {n:+,} {n:015,}')
for x in [1234.5, -1234567.891, 0.5, 1e16, 123456789.0]:
    print(f'{x:,} {x:,.2f} {x:_.3f} {x:,.0f} {x:,e} {x:,g}')
print(f'{255:_b} {2 ** 20:_b} {2 ** 32 - 1:_x} {2 ** 20:_o} {0xDEADBEEF:_X}')
print(f'{1234567:,d} {1234567:_d} {1234.5678:,%}')
for bad in [('x', ','), (255, ',x'), (255, ',b'), (5, ',c'), (1.5, ',n'), (5, ',_'), (5, '_,')]:
    try:
        print(format(*bad))
    except ValueError as e:
        print(type(e).__name__, e)
