# General format g/G: switches to exponent by precision, strips trailing zeros (unless #).
vals = [0.0, -0.0, 1.0, 10.0, 100000.0, 1000000.0, 1234567.0, 0.0001, 0.00001, 1.5e-5, 123.456,
        1e16, 1e100, 2.5, 0.1 + 0.2, float('inf'), float('nan')]
for v in vals:
    print(f'{v:g} {v:G} {v:.3g} {v:.1g} {v:#g} {v:.10g}')
for p in range(1, 8):
    print(p, f'{123456.789:.{p}g}', f'{0.000123456:.{p}g}')
print(f'{1e-5:g} {1e-4:g} {1e5:g} {1e6:g} {999999.5:g} {9.9999e-5:g}')
print(f'{0:g} {100:g} {1e6:.0g} {123:.2g}')
