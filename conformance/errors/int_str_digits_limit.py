# CPython 3.11 limits int<->str conversion to 4300 digits (ValueError); powers of two are exempt.
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
ok = int('7' * 4300)
print(len(str(ok)), str(ok)[:5])
try:
    int('7' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(big)[:10], len(hex(big)), big.bit_length())
print(int('f' * 5000, 16) > 0, len(bin(2 ** 20000)))
try:
    print(f'{big}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(-big)
except ValueError as e:
    print(type(e).__name__, e)
print(str(10 ** 4299)[:3], len(str(10 ** 4299)))
