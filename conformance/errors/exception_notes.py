# Exception notes (3.11): add_note appends to __notes__; str() of the exception is unchanged.
e = ValueError('base message')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), e.args)
try:
    try:
        int('x')
    except ValueError as err:
        err.add_note('while parsing the config')
        raise
except ValueError as err:
    print(err, '|', err.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
def process(items):
    for i, item in enumerate(items):
        try:
            yield 10 / item
        except ZeroDivisionError as err:
            err.add_note(f'item index {i}')
            raise
try:
    list(process([1, 2, 0]))
except ZeroDivisionError as err:
    print(err, err.__notes__)
