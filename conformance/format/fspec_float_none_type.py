# Floats with no presentation type: like repr by default, like g with precision (at least 1 digit after point).
vals = [1.0, 1.5, 0.1, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1e22, 3.0e-7, 2.5, -0.0, 100.0]
for v in vals:
    print(f'{v} {v:} {v:.3} {v:.1} {v:10} {v:<10}| {v:.12}')
print(f'{1234.5:.2} {1234.5:.4} {1234.5:.5} {0.00001234:.3}')
print(f'{float("inf"):.3} {float("nan"):5} {1e300:.2} {5e-324:.1}')
print(format(1e16), format(1e16, ''), format(1e16, '.17'), str(1e16))
