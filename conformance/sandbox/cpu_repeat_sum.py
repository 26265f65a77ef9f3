# CPU bomb: sum(itertools.repeat(1, 10**15)) (native loop)
import itertools
x = sum(itertools.repeat(1, 10**15))
