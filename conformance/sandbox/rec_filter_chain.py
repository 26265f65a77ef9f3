# 10**5 nested filter objects
z = [1]
for i in range(10**5):
    z = filter(None, z)
print(list(z))
