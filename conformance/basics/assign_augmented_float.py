# Augmented assignment on floats and mixed int/float operands.
x = 1.5
x += 2
print(x)
x -= 0.25
print(x)
x *= 4
print(x)
x /= 3
print(x)
x //= 2
print(x)
x = 7.5
x %= 2
print(x)
x = -7.5
x %= 2
print(x)
x = 7.5
x %= -2
print(x)
x = 2.0
x **= 10
print(x)
x **= 0.5
print(x)
y = 3
y += 0.5
print(y, type(y).__name__)
y = 10
y /= 5
print(y, type(y).__name__)
y = 10
y //= 4.0
print(y)
z = -0.0
z += 0.0
print(z)
z = -0.0
z -= 0.0
print(z)
z = 0.1
z += 0.2
print(z)
try:
    w = 1.0
    w /= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    w = 1.0
    w %= 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    w = 1.0
    w &= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    w = 2.0
    w <<= 1
except TypeError as e:
    print(type(e).__name__, e)
