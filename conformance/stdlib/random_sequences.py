# random: choice, shuffle, sample (pool and set branches, counts), choices (weights,
# cum_weights, k) identical to CPython per seed.
import random

for seed in [0, 1, 17, 123456, "seq", 2**70]:
    random.seed(seed)
    print("seed", seed)
    print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(1000)),
          random.choice((None,)), random.choice(b"xyz"))
    l = list(range(20))
    random.shuffle(l)
    print(l)
    l = []
    random.shuffle(l)
    b = bytearray(b"abcdefgh")
    random.shuffle(b)
    print(l, b)
    print(random.sample(range(100), 10), random.sample("abcdefgh", 3))
    print(random.sample(range(10**6), 5), random.sample(range(10**12), 3))
    print(random.sample(list(range(30)), 25), random.sample(tuple("abcdefghijklmnopqrstuvwxyz" * 3), 12))
    print(random.sample(range(5), k=5), random.sample(range(5), 0), random.sample([], 0))
    print(random.sample(["a", "b", "c"], k=5, counts=[3, 1, 2]))
    print(random.sample("xy", 3, counts=(2, 2)), random.sample(range(3), 4, counts=[True, 2, 3]))
    print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=5))
    print(random.choices("abc", cum_weights=[1, 2.5, 10], k=4), random.choices(range(3)))
    print(random.choices("ab", [0, 1], k=3), random.choices("abc", (0.1, 0.2, 0.7), k=6))
    print(random.choices([1, 2], cum_weights=(1, 5), k=3), random.choices("ab", k=0))
    print(random.choices("abc", weights=iter([5, 0, 5]), k=4), random.choices("abc", [1, 1, 10**30], k=3))

# The set branch versus the pool branch: n just above and below the set-size rule.
for n, k in [(21, 5), (22, 5), (100, 6), (105, 6), (106, 6), (405, 40), (406, 40), (10, 10)]:
    r = random.Random(n * 1000 + k)
    print(n, k, r.sample(range(n), k))

r = random.Random(3)
big = list(range(10000))
r.shuffle(big)
print(big[:10], big[-10:], sum(big))
print(r.sample(big, 20))
print(r.choices(big, k=10))
