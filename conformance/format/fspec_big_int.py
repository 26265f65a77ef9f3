# Formatting big ints: grouping, padding, bases, exponent formats that round correctly.
big = 2 ** 200
print(f'{big}')
print(f'{big:,}')
print(f'{big:_x}')
print(f'{big:e} {big:.3e} {big:g} {-big:.10g}')
print(f'{big:>70}|')
print(f'{-big:+080,}')
print(f'{10 ** 30:.2f}')
print(f'{3 ** 100:b}'[:40], len(f'{3 ** 100:b}'))
print(f'{2 ** 64 - 1:#x} {2 ** 64:#o} {-(2 ** 64):#b}'[:60])
