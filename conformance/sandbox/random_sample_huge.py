# Memory bomb: random.sample of 10**8 items from a huge range: the result is refused before filling
import random
x = random.sample(range(10**18), 10**8)
