# random: the float distributions (uniform, triangular, normalvariate, gauss with its saved
# second value, lognormvariate, expovariate, vonmisesvariate, gammavariate in all three
# branches, betavariate, paretovariate, weibullvariate) identical to CPython per seed.
import random

for seed in [0, 5, 99, "dist", 2**64]:
    random.seed(seed)
    print("seed", seed)
    print(random.uniform(1, 5), random.uniform(5, 1), random.uniform(0, 0), random.uniform(-1.5, 2))
    print(random.uniform(1, 10**20), random.uniform(True, 3))
    print(random.triangular(), random.triangular(0, 10, 2), random.triangular(0, 10, 10),
          random.triangular(2, 2, 2), random.triangular(1, 1), random.triangular(0, 1, 5))
    print(random.gauss(), random.gauss(5, 2), random.gauss(), random.gauss(mu=1, sigma=0))
    print(random.normalvariate(), random.normalvariate(10, 3), random.normalvariate(1, 0))
    print(random.lognormvariate(0, 1), random.lognormvariate(1, 0.5))
    print(random.expovariate(2), random.expovariate(0.5), random.expovariate(-1), random.expovariate(3))
    print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 100))
    print(random.gammavariate(0.5, 2), random.gammavariate(1, 2), random.gammavariate(5, 1),
          random.gammavariate(0.01, 1), random.gammavariate(200, 3))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.betavariate(1, 1))
    print(random.paretovariate(3), random.paretovariate(0.5), random.weibullvariate(1, 2),
          random.weibullvariate(2, 0.5))

r = random.Random(8)
vals = [r.gauss() for _ in range(1001)]
print(round(sum(vals), 9), r.gauss_next)
r.seed(8)
print(r.gauss_next, r.gauss() == vals[0])
print(r.VERSION)
