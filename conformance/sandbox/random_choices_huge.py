# CPU/memory bomb: random.choices with a huge k in one native call
import random
x = random.choices("ab", k=10**12)
