# memory bomb: f-string width 10**10
x = 1
y = f'{x:>{10**10}}'
