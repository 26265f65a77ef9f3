# memory bomb: 1 << 10**12
x = 1 << 10**12
