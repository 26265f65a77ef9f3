# 10**5 nested enumerate/reversed/iter objects
z = [1]
for i in range(10**5):
    z = iter(z)
    z = enumerate(z)
print(len(list(z)))
