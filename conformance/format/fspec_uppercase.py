# Uppercase presentation types E, F, G, X and their effect on inf/nan and exponents.
for v in [1234.5, 1e-10, float('inf'), float('-inf'), float('nan'), 0.0]:
    print(f'{v:E} {v:F} {v:G} {v:.2E} {v:.3G} {v:#G}')
print(f'{255:X} {255:#X} {-255:#X} {2 ** 64 - 1:X} {48879:08X}')
