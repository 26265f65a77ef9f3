# Uncaught ZeroDivisionError raised deep inside nested function calls.
def average(xs):
    return sum(xs) / len(xs)
def report(groups):
    for name, xs in groups:
        print(name, average(xs))
report([('a', [1, 2, 3]), ('b', [10]), ('empty', [])])
