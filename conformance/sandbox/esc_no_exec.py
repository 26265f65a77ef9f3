# the builtin exec does not exist
try:
    exec
except NameError as e:
    print(type(e).__name__)
x = exec
