# memory bomb: '%s' * 10**7 % tuple
y = ('%s' * 10**7) % tuple(range(10**7))
