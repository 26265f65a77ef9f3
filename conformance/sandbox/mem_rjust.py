# memory bomb: str.rjust(10**10)
y = 'a'.rjust(10**10)
