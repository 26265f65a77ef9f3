# bytes.fromhex: whitespace allowed between pairs, case-insensitive, error positions.
print(bytes.fromhex('deadbeef'), bytes.fromhex('DE AD be ef'), bytes.fromhex(''), bytes.fromhex('  00  '))
print(bytes.fromhex('48656c6c6f'), bytes.fromhex('\t0a\n0d '))
for bad in ['abc', 'zz', 'a b', '0x10', 'de ad b', '1g']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex(1234)
except TypeError as e:
    print(type(e).__name__, e)
