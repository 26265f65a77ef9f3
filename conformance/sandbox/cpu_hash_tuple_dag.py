# CPU bomb: hash of a tuple DAG (exponential work in C)
t = ()
for i in range(100):
    t = (t, t)
h = hash(t)
