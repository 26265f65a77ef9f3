# the builtin breakpoint does not exist
try:
    breakpoint
except NameError as e:
    print(type(e).__name__)
x = breakpoint
