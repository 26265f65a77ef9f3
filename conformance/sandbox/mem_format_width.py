# memory bomb: format() width 10**10
y = format(1, '>10000000000')
