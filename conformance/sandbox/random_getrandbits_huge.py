# Memory bomb: random.getrandbits of a huge bit count (512 MiB of int) is refused up front
import random
x = random.getrandbits(2**31 - 1)
