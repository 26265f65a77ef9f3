# Difference: without a seed, random's generators are seeded from the VM's hash seed, not os.urandom.
"""what: random.seed() / random.seed(None), random.Random() and the module's initial state do
not read OS entropy: they seed MT19937 from the VM's hash key (KrConfig.hash_seed, the string
hashing seed) and a per-VM serial number. Runs with the same configuration see the same
"unseeded" numbers (the krait CLI uses hash_seed 0, so its values below never change); distinct
generators in one run still differ. Seeded generators are identical to CPython's.
why: contract 1 of DESIGN.md (no ambient authority): the sandbox has no entropy source the host
did not provide, and a snapshot/restore or a replay must reproduce a run exactly.
workaround: seed explicitly (random.seed(n), random.Random(n)) with entropy the host passes in,
or vary KrConfig.hash_seed per run."""
import random

first = random.random()
a = random.Random()
b = random.Random()
print(a.random() != b.random(), a.random() != first)
random.seed()
again = random.random()
random.seed(None)
print(again != random.random())
print(first)
random.seed(1)
print(random.random())
