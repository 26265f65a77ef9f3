# hash of a deep frozenset nest
t = frozenset()
for i in range(10**5):
    t = frozenset([t])
h = hash(t)
