# the builtin eval does not exist
try:
    eval
except NameError as e:
    print(type(e).__name__)
x = eval
