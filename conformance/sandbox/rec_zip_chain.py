# 10**5 nested zip objects
z = [1]
for i in range(10**5):
    z = zip(z)
print(len(list(z)))
