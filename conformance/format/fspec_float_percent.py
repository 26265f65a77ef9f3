# Percent format: multiplies by 100, default precision 6, grouping and specials.
for v in [0, 0.5, 1, 0.123456789, -0.25, 1.5, 12345.678, 1e-7, float('inf'), float('nan')]:
    print(f'{v:%} {v:.0%} {v:.2%} {v:>10.1%} {v:,.1%}')
print(f'{1 / 3:.3%} {2 / 3:.0%} {0.005:.0%} {0.015:.0%} {0.025:.0%}')
