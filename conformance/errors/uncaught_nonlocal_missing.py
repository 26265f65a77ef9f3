# nonlocal naming a variable with no enclosing binding is a compile-time SyntaxError.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
print('never runs')
