# CPU bomb: seeding from a long string (SHA-512 over 30 MB), then big randbelow loops
import random
s = "x" * 30000000
while True:
    random.seed(s)
    random.randrange(2**200000)
