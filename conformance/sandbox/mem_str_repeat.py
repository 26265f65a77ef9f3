# memory bomb: 'a' * 10**10
x = 'a' * 10**10
