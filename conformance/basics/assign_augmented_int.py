# Augmented assignment with every operator on ints, including negatives and big values.
ops = []
x = 17
x += 5; ops.append(x)
x -= 30; ops.append(x)
x *= -3; ops.append(x)
x //= 5; ops.append(x)
x %= 7; ops.append(x)
x **= 3; ops.append(x)
x <<= 4; ops.append(x)
x >>= 2; ops.append(x)
x &= 0x3F; ops.append(x)
x |= 0x100; ops.append(x)
x ^= 0xFF; ops.append(x)
x /= 4; ops.append(x)
print(ops)
n = -7
n //= 2
print(n)
n = -7
n %= 3
print(n)
n = 7
n %= -3
print(n)
b = 2
b **= 100
print(b)
b >>= 90
print(b)
b = -1
b <<= 70
print(b)
b >>= 69
print(b)
c = 10
c ^= -1
print(c)
c &= -4
print(c)
c |= 2 ** 65
print(c)
m = 3
m *= 10 ** 20
print(m)
m //= 7
print(m)
m %= 1000
print(m)
t = True
t += 1
print(t, type(t).__name__)
f = False
f |= True
print(f, type(f).__name__)
try:
    z = 1
    z //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    z = 1
    z <<= -1
except ValueError as e:
    print(type(e).__name__, e)
