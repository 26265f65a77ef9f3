# a form feed before code
x = 1
print(x)
