# Uncaught NameError from a typo in a variable name, after some output.
total = 0
for i in range(3):
    total += i
print('total', total)
print('average', totl / 3)
