# %-format of a deep nest
x = []
for i in range(10**5):
    x = [x]
y = '%s' % (x,)
