# a float literal with a huge exponent
x = 1e999999999999999999
print(x)
y = 1e-999999999999999999
print(y)
