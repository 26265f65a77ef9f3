# Big integer arithmetic: factorials, powers, digit sums, exact division and base conversion
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f100 = fact(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(map(int, str(f100))))
print("trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print(2 ** 256)
print(hex(2 ** 128 - 1), oct(3 ** 40), bin(2 ** 70 + 5))
print((2 ** 89 - 1) % 1000000007, pow(3, 10 ** 18, 10 ** 9 + 7))
print(-(2 ** 100) // 3, -(2 ** 100) % 3, divmod(10 ** 30, -7), divmod(-10 ** 30, 7))
print(10 ** 40 // 10 ** 20 == 10 ** 20, 2 ** 100 > 1e30, 2 ** 1000 > 1e300, 10 ** 400 > 1e308)
print(int("9" * 50) + 1, int("-" + "1" * 30) * 3)
print(abs(-(10 ** 25)), (-(10 ** 25)).bit_length(), (10 ** 25) >> 40, 1 << 100, (2 ** 100) & (2 ** 99 + 12345))
print(~(2 ** 70), -(2 ** 70) | 0xFF, (2 ** 70) ^ (2 ** 69))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
for b in (2, 7, 16, 36):
    s = to_base(fact(30), b)
    print(b, s, int(s, b) == fact(30))
print(to_base(-255, 16), int("-ff", 16), int("zz", 36))
print(fact(25) / fact(23), fact(25) // fact(23), float(fact(30)), fact(20) * 1.0)
print(round(2 ** 64 / 3), round(10 ** 20 + 0.5), int(1e20), int(-1.5e19))
catalan = [fact(2 * n) // (fact(n + 1) * fact(n)) for n in range(20)]
print(catalan)
print(sum(int(d) for d in str(2 ** 1000)))
print(f"{2**64:,}", f"{-2**64:_x}", f"{2**100:e}", f"{3**50:>40}", "%d" % 2 ** 80, "%x" % 2 ** 80)
x = 12345678901234567890123456789
print(x * x, x * -x, x ** 3 // x ** 2 == x, (x * x) % 97, x // 7 * 7 + x % 7 == x)
