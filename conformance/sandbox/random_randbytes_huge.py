# Memory bomb: random.randbytes of 2 GiB
import random
x = random.randbytes(2**28 - 1)
