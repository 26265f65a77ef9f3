# sorting deep nests compares them
a = []
b = []
for i in range(10**5):
    a = [a]
    b = [b]
sorted([a, b])
