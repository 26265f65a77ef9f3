# memory bomb: str() of a 3*10**6-element list
y = str(list(range(3 * 10**6)))
