# bench: big-integer arithmetic: factorial of 2000, big powers, products, divisions, mod-pow.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
acc = 0
for _ in range(25):
    f = fact(2000)
    acc += f % 1000000007
p = 3 ** 60000
q = 7 ** 27000
for _ in range(5):
    acc += (p * q) % 998244353 + (p // q) % 1000 + (p % q) % 1000
x = 1
for i in range(20000):
    x = x * 31 + i
acc += x % (2 ** 61 - 1) + pow(3, 10 ** 4, 2 ** 521 - 1) % 1000
print(acc, f.bit_length(), q.bit_length(), len(str(f % 10 ** 1000)))
