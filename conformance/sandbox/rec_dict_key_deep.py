# a deep tuple as a dict key
t = ()
for i in range(10**5):
    t = (t,)
d = {t: 1}
