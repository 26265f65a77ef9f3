# the collector marks a deep exception __context__ chain
e = None
for i in range(10**5):
    x = ValueError(i)
    x.__context__ = e
    e = x
junk = [[0] * 100 for i in range(20000)]
print('ok')
