# NameError messages for undefined names in expressions, calls, del, and augmented assignment.
def attempt(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, '|', e, '|', e.args)
attempt(lambda: undefined_variable)
attempt(lambda: undefined_function())
attempt(lambda: [x for x in undefined_iterable])
attempt(lambda: undefined_a + 1)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
try:
    counter_not_defined += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    print(Undefined)
except NameError as e:
    print(type(e).__name__, e)
def uses_global():
    return missing_global * 2
try:
    uses_global()
except NameError as e:
    print(type(e).__name__, e)
try:
    __undefined_dunder__
except NameError as e:
    print(type(e).__name__, e)
e = 'kept?'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('except-as name removed:', err)
