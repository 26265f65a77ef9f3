# memory bomb: sorted(range(10**8))
y = sorted(range(10**8))
