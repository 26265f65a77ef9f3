# str() and print() of a deep list nest
x = []
for i in range(10**5):
    x = [x]
print(x)
