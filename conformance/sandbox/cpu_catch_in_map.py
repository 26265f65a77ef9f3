# a time limit inside map() cannot be caught
def f(x):
    while True:
        pass
try:
    list(map(f, [1]))
except BaseException as e:
    print('caught', type(e).__name__)
print('after')
