# the builtin compile does not exist
try:
    compile
except NameError as e:
    print(type(e).__name__)
x = compile
