# CPU bomb: repeated multiplication of 200000-digit ints
a = 7 ** 200000
while True:
    b = a * a
