# the collector marks a 10**6-deep chain without C recursion
x = []
for i in range(10**6):
    x = [x]
junk = [[0] * 100 for i in range(20000)]
print('ok')
