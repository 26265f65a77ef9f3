# the collector marks a deep chain of dicts
x = {}
for i in range(3 * 10**5):
    x = {0: x}
junk = [[0] * 100 for i in range(20000)]
print('ok')
