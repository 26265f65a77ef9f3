# == of two deep list nests
a = []
b = []
for i in range(10**5):
    a = [a]
    b = [b]
print(a == b)
