# CPU bomb: functools.reduce multiplying 1..10**6
import functools
x = functools.reduce(lambda a, b: a * b, range(1, 10**6))
