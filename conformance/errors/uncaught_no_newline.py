# Uncaught exception after output that does not end with a newline.
print('partial line', end='')
print(' still partial', end='')
[1, 2, 3][10]
