# finally: break cannot swallow a time limit
for i in range(10):
    try:
        while True:
            pass
    finally:
        break
print('after')
