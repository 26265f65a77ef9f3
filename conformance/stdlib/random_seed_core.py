# random: MT19937 seeding (int, negative, big, float, str/bytes/bytearray v2, v1) and the core
# outputs (random, getrandbits, randrange, randint, randbytes) identical to CPython per seed.
import random

seeds = [0, 1, 2, 42, -42, 7**40, -(7**40), 2**32 - 1, 2**32, 2**64 + 3, 2**623 + 11, 3.5, -1.5,
         0.0, 1e300, True, False, "", "hello", "héllo ☃", b"", b"bytes", bytearray(b"ba"),
         "x" * 300, 12345678901234567890]
for s in seeds:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.random())
    print(" bits", [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
    print(" range", random.randrange(10), random.randrange(3, 99), random.randrange(100, 0, -7),
          random.randrange(-50, 50, 3), random.randint(-5, 5), random.randint(0, 0))
    print(" big", random.randrange(2**80), random.randrange(-2**70, 2**70, 12345),
          random.randint(10**30, 10**31))
    print(" bytes", random.randbytes(0), random.randbytes(1), random.randbytes(9))

for s in ["abc", b"abc", "", 5, 2**40]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())

r = random.Random(99)
print([r.random() for _ in range(3)])
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
r.gauss()
st = r.getstate()
print(type(st[2]).__name__)
x = r.gauss()
r.setstate(st)
print(x == r.gauss())
# Version 2 states hold signed words.
r2 = random.Random(5)
st = r2.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in st[1][:-1]) + (st[1][-1],)
r3 = random.Random()
r3.setstate((2, signed, None))
print(r2.random() == r3.random())
# 1000 words in: crosses several regenerations of the 624-word state.
r = random.Random(2024)
print(sum(r.getrandbits(32) for _ in range(1000)), r.getstate()[1][-1])
print(random.Random(2**19937).random(), random.Random(-7).random() == random.Random(7).random())
