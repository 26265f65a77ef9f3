# memory bomb: str.center(10**10)
y = 'a'.center(10**10)
