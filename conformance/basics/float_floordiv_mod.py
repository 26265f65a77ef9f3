# Float floor division and modulo: sign follows divisor, signed zeros, large quotients.
for a in [7.5, -7.5, 0.0, -0.0, 1e-300, 5.0]:
    for b in [2.0, -2.0, 0.3, -1e300]:
        print(a, b, a // b, a % b)
print(1.0 // 0.1, 1.0 % 0.1, 0.5 // 0.1, 0.5 % 0.1)
print(-1.0 // 0.1, -1.0 % 0.1)
print(1e300 // 1e-300, 7 // 2.5, 7 % 2.5, -7 % 2.5)
print(10 ** 20 // 3.0, 10 ** 20 % 3.0, 2 ** 70 % 10.0)
print(3.5 % 1, -3.5 % 1, 3.5 % -1, -3.5 % -1)
print(divmod(-0.0, 2.0), divmod(0.0, -2.0), divmod(-1e-320, 1.0))
