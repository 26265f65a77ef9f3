# Arbitrary-precision ints: factorials, digit sums, exact products and divisions.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
f500 = fact(500)
print(len(str(f500)), str(f500)[:20], str(f500)[-130:-110])
print(f500 // fact(498) == 500 * 499, f500 % fact(250))
zeros = 0
s = str(fact(1000))
while s.endswith('0'):
    s = s[:-1]
    zeros += 1
print(zeros, len(str(fact(1000))))
print(fact(25) // fact(20), fact(30) // (fact(15) * fact(15)))
big = fact(50)
print(big, -big, big * big, big - big, big + 1)
print(big // 7, big % 7, divmod(big, 10 ** 20))
print(big == fact(50), big > fact(49), big < -big, big != big + 0)
print((fact(60) // fact(58)), 60 * 59)
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print(binom(100, 50))
print([binom(10, k) for k in range(11)])
print(sum(fact(i) for i in range(30)))
print(fact(20) * fact(21) // fact(19) // fact(20))
