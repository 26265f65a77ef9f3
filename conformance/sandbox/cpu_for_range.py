# CPU bomb: for i in range(10**12): pass
for i in range(10**12):
    pass
