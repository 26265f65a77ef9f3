# the collector marks a deep chain of closures
f = lambda: 0
for i in range(10**5):
    f = (lambda g: lambda: g)(f)
junk = [[0] * 100 for i in range(20000)]
print('ok')
