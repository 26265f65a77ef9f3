# 10**5 nested itertools.chain objects
import itertools
z = [1]
for i in range(10**5):
    z = itertools.chain(z)
print(list(z))
