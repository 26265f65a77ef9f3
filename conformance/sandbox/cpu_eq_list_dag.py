# CPU bomb: == of two list DAGs (exponential work in C)
a = []
b = []
for i in range(100):
    a = [a, a]
    b = [b, b]
print(a == b)
