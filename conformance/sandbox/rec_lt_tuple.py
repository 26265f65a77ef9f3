# < of two deep tuple nests
a = (1,)
b = (2,)
for i in range(10**5):
    a = (a,)
    b = (b,)
print(a < b)
