# the builtin __import__ does not exist
try:
    __import__
except NameError as e:
    print(type(e).__name__)
x = __import__
