# RecursionError from unbounded recursion is catchable; the program continues afterwards.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__)
print(issubclass(RecursionError, RuntimeError))
depth = [0]
def measured(n):
    depth[0] = n
    return measured(n + 1)
try:
    measured(0)
except RecursionError:
    print('depth reached > 100:', depth[0] > 100)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
try:
    forever(0)
except RuntimeError as e:
    print('caught as RuntimeError:', type(e).__name__)
def recurse_in_handler(n):
    try:
        return recurse_in_handler(n + 1)
    except RecursionError:
        return 'handled at some depth'
print(recurse_in_handler(0))
