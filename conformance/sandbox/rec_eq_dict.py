# == of two deep dict nests
a = {}
b = {}
for i in range(10**5):
    a = {1: a}
    b = {1: b}
print(a == b)
