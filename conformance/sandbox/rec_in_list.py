# `in` with deep elements
a = []
b = []
for i in range(10**5):
    a = [a]
    b = [b]
print(a in [b])
