# memory bomb: str.ljust(10**10)
y = 'a'.ljust(10**10, '*')
