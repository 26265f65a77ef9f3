# random: Random instances are independent generators; the module functions share one hidden
# instance; reseeding restarts a sequence; functions imported by name share the module's state.
import random
from random import randint, random as rnd, seed

a = random.Random(1)
b = random.Random(1)
c = random.Random(2)
print(a.random() == b.random(), a.random() == c.random())
print(type(a).__name__, isinstance(a, random.Random), type(a) is random.Random)
random.seed(10)
x = [random.random() for _ in range(3)]
seed(10)
print(x == [rnd() for _ in range(3)])
seed(11)
y = randint(1, 10**9)
random.seed(11)
print(y == random.randint(1, 10**9))
random.seed(12)
st = random.getstate()
u = random.random()
random.setstate(st)
print(u == random.random())
# Instances do not disturb the shared generator.
random.seed(13)
p = random.random()
random.seed(13)
random.Random(5).random()
print(p == random.random())
r = random.Random()
r.seed(5)
print(r.random() == random.Random(5).random(), r.seed(6), r.getrandbits(16))
print(random.Random(x=3).random(), random.Random(None) is not None)
print([m for m in ("random", "seed", "getstate", "setstate", "randrange", "choices", "sample",
                   "shuffle", "gauss", "betavariate", "randbytes", "getrandbits")
       if callable(getattr(random, m))] == ["random", "seed", "getstate", "setstate", "randrange",
                                            "choices", "sample", "shuffle", "gauss",
                                            "betavariate", "randbytes", "getrandbits"])
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4, random.NV_MAGICCONST,
      random.SG_MAGICCONST)
