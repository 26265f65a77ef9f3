# CPU bomb: repr of a DAG that fits in memory per level but repeats work
x = []
for i in range(14):
    x = [x, x]
while True:
    len(repr(x))
