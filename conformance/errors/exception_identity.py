# The same exception object travels through handlers; args and attributes persist.
caught = []
def a():
    raise ValueError('payload', 1)
def b():
    try:
        a()
    except ValueError as e:
        caught.append(e)
        e.stage = 'b'
        raise
def c():
    try:
        b()
    except ValueError as e:
        caught.append(e)
        e.stage += '>c'
        raise
try:
    c()
except ValueError as e:
    caught.append(e)
print(len(caught), caught[0] is caught[1] is caught[2], caught[0].stage, caught[0].args)
err = KeyError('x')
for _ in range(2):
    try:
        raise err
    except KeyError as e:
        print(e is err, e.__context__)
