# Caught NameError/AttributeError messages do not include the "Did you mean" hint.
total = 1
try:
    totl
except NameError as e:
    print(type(e).__name__, e, e.args)
try:
    'abc'.uper()
except AttributeError as e:
    print(type(e).__name__, e, e.args)
try:
    [].apend(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    lenn([1])
except NameError as e:
    print(type(e).__name__, e)
