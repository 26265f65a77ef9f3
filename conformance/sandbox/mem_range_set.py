# memory bomb: set(range(10**18))
y = set(range(10**18))
