# ValueError messages from float() and from float-to-int conversions.
for s in ['abc', '', '1.2.3', '1e', 'nan!', '1,000', '0x10', '  ', 'infinityy', '- 1']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(b'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
