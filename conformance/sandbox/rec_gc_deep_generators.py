# the collector marks a deep chain of suspended generators
def g(inner):
    yield inner
x = None
for i in range(10**5):
    x = g(x)
junk = [[0] * 100 for i in range(20000)]
print('ok')
