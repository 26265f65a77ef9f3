# hash of a 10**5-deep tuple nest
t = ()
for i in range(10**5):
    t = (t,)
h = hash(t)
