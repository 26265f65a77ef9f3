# memory bomb: list of combinations(range(100), 50)
import itertools
y = list(itertools.combinations(range(100), 50))
