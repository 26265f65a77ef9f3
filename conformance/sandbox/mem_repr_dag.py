# memory bomb: repr of a list DAG (exponential text)
x = []
for i in range(60):
    x = [x, x]
y = repr(x)
