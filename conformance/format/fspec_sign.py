# Sign options + - space for ints and floats, including zero, negative zero, inf and nan.
vals = [0, 5, -5, 0.0, -0.0, 2.5, -2.5, float('inf'), float('-inf'), float('nan'), 10 ** 20]
for v in vals:
    print(f'[{v:+}] [{v:-}] [{v: }] [{v:+8}] [{v: 8}] [{v:<+8}]')
print(f'[{5:+d}] [{-5: d}] [{5: x}] [{-255:+#x}] [{7:+08.2f}] [{-7: 09.3f}]')
print(f'[{1.5:+e}] [{-1.5: g}] [{0.25:+%}] [{True:+}]')
print(f'[{-0.0:z}] [{-0.0:z.1f}] [{-0.001:z.1f}] [{-0.001:.1f}] [{0.001:z.1f}] [{-0.0:+z.2f}]')
try:
    format('s', '+')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, 'z')
except ValueError as e:
    print(type(e).__name__, e)
