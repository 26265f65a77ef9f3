# ASCII Mandelbrot set using complex numbers
def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit

chars = " .:-=+*#%@"
for row in range(-12, 13):
    line = ""
    for col in range(-40, 20):
        c = complex(col / 20, row / 10)
        n = mandel(c)
        line += chars[min(n, len(chars) - 1) if n < 30 else -1]
    print(line.rstrip())
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, (1 + 2j) / (3 - 4j))
print(repr(2j), repr(-0j), complex("1-2j"), (1j) ** 2)
