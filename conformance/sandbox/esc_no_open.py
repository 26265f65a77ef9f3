# the builtin open does not exist
try:
    open
except NameError as e:
    print(type(e).__name__)
x = open
