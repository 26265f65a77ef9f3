# UnboundLocalError: reading a local before assignment, after del, in loops and augmented assignment.
count = 10
def increment():
    count += 1
    return count
try:
    increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def read_then_assign():
    v = total
    total = 5
    return v
total = 1
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def after_del():
    x = 1
    del x
    return x
try:
    after_del()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_never_runs():
    for item in []:
        pass
    return item
try:
    loop_never_runs()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def exc_name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    exc_name_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
def closure_unbound():
    def inner():
        return later
    try:
        return inner()
    except NameError as e:
        return f'{type(e).__name__}: {e}'
    finally:
        later = 1
print(closure_unbound())
