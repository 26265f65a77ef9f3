# list() of 10**5 nested map objects
m = [1]
for i in range(10**5):
    m = map(abs, m)
print(list(m))
