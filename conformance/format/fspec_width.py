# Widths: minimums only (never truncate numbers), defaults alignments per type.
print(f'[{1:5}] [{"s":5}] [{1.5:5}] [{True:5}] [{None!s:5}]')
print(f'[{123456:3}] [{"longer string":3}] [{3.14159:1}]')
print(f'[{-1:5}] [{-1.0:7}] [{1e10:12}] [{1e-10:12}]')
for w in range(0, 8):
    print(w, f'[{"abc":{w}}]', f'[{7:{w}}]')
print(f'[{"":5}]', f'[{"":0}]', f'[{"x":01}]')
print(len(f'{"":100}'), len(format(1, '50')))
