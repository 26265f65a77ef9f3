# Float formatting rounds the exact binary value half-to-even: surprising but exact results.
vals = [0.125, 0.375, 0.625, 0.875, 2.5, 3.5, 0.5, 1.5, 2.675, 1.005, 1.115, 1.125, 0.045, 8.345, 1e-5 * 5]
for v in vals:
    print(repr(v), f'{v:.0f} {v:.1f} {v:.2f} {v:.3f}', round(v, 2))
print(f'{0.1:.25f}', f'{0.2:.25f}', f'{0.3:.25f}')
print(f'{1 / 3:.17f} {2 / 3:.17g} {0.1 + 0.2:.17g} {0.1 + 0.2:.16g} {0.1 + 0.2:.15g}')
print(f'{123456789.98765:.2f} {9.995:.2f} {99.995:.2f} {999.9999:.3f}')
