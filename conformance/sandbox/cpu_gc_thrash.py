# GC near the memory limit: a deep chain of closures (F5: GC time must be charged)
f = lambda: 0
for i in range(10**6):
    f = (lambda g: lambda: g)(f)
