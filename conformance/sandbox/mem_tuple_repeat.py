# memory bomb: tuple * 10**10
y = (1, 2) * 10**10
