# memory bomb: itertools.product with repeat=10**6
import itertools
y = itertools.product(range(10), repeat=10**6)
z = list(y)
