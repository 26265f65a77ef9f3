# Format spec fill and alignment: < > ^ = with default and custom fills, for str, int, float.
for spec in ['<8', '>8', '^8', '*<8', '*>8', '*^8', '0>8', '#^9', ' ^7', '8', '^', '<', '.^1', '^^9']:
    print(f'{spec!r:8} [{format("ab", spec)}] [{format(42, spec)}] [{format(-3.5, spec)}]')
for spec in ['=8', '*=8', '0=8', '=+8', '_=10,']:
    print(f'{spec!r:8} [{format(-42, spec)}] [{format(42, spec)}] [{format(-1.25, spec)}]')
print(f'[{"é":*^5}] [{"日本":-<6}] [{"🙂":>3}]')
print(f'[{"abc":^6}] [{"abc":^5}] [{"ab":^5}] [{"a":^4}]')
print(f'[{12345:^3}] [{"toolong":<3}] [{-12:^7}] [{-12:=^7}]')
try:
    format('abc', '=5')
except ValueError as e:
    print(type(e).__name__, e)
print(f'[{True:^7}] [{None!s:^8}] [{[1]!s:>5}]')
