# args of exceptions raised by builtins: a single message string (or the key for KeyError).
cases = [lambda: [][0], lambda: {}['k'], lambda: int('x'), lambda: 1 / 0, lambda: None.x,
         lambda: undefined, lambda: next(iter([])), lambda: [].pop(), lambda: 'a' + 1,
         lambda: {}.popitem(), lambda: set().pop(), lambda: [1].remove(2)]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e.args, len(e.args))
