# memory bomb: replace that multiplies the size
y = ('a' * 10**6).replace('a', 'b' * 100)
