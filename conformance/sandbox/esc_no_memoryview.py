# the builtin memoryview does not exist
try:
    memoryview
except NameError as e:
    print(type(e).__name__)
x = memoryview
