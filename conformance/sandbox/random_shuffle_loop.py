# CPU bomb: shuffling a long list over and over in native loops
import random
l = list(range(10**6))
while True:
    random.shuffle(l)
