# Fixed-point format f/F: default precision 6, rounding half-even on binary values, big values.
for v in [0.0, -0.0, 1.0, 0.1, 2.675, 1.005, 1e16, 1e22, 1.5e300, 1e-7, -123.456, 0.5, 1.5, 2.5]:
    print(f'{v:f} {v:.2f} {v:.0f} {v:F}')
print(f'{float("inf"):f} {float("-inf"):F} {float("nan"):f} {float("nan"):F} {float("inf"):.2f}')
print(f'{1e300:.0f}'[:20], len(f'{1e300:.0f}'))
print(f'{2 ** 60:f} {10 ** 20:.1f} {-7:f} {True:f}')
print(f'{0.045:.2f} {0.055:.2f} {0.125:.2f} {0.135:.2f} {1.45:.1f} {1.55:.1f}')
print(f'{123.456:10.2f}|{123.456:<10.2f}|{123.456:^10.1f}|{-123.456:010.1f}')
