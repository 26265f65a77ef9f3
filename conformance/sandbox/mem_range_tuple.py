# memory bomb: tuple(range(10**18))
y = tuple(range(10**18))
