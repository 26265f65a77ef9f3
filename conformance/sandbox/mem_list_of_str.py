# memory bomb: list() of a 10**7-char string
y = list('a' * 10**7)
