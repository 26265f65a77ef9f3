# CPU bomb: one huge pow that fits in memory but takes long
x = 3 ** 5000000
y = x * x * x
