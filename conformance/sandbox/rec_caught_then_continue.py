# RecursionError is catchable and the VM recovers
def f(n):
    return f(n + 1)
for i in range(3):
    try:
        f(0)
    except RecursionError:
        print('RecursionError', i)
print(sum(range(10)))
