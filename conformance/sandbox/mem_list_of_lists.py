# memory bomb: [[]] * 10**8
y = [[]] * 10**8
