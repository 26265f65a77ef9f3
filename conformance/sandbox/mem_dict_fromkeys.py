# memory bomb: dict.fromkeys(range(10**8))
y = dict.fromkeys(range(10**8))
