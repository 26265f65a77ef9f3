# the builtin help does not exist
try:
    help
except NameError as e:
    print(type(e).__name__)
x = help
