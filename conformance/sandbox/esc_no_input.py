# the builtin input does not exist
try:
    input
except NameError as e:
    print(type(e).__name__)
x = input
