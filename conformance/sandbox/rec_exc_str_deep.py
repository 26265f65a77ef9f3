# str() of an exception whose argument is a deep nest
x = []
for i in range(10**5):
    x = [x]
raise ValueError(x)
