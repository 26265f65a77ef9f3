# finally: return cannot swallow a time limit
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    f()
print('after')
