# CPU bomb: iter(callable, sentinel) that never ends
for x in iter(int, 1):
    pass
