# memory bomb: list(range(10**18))
y = list(range(10**18))
