# raise ... from: explicit cause, from None, and the attributes it sets.
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as err:
    print(type(err).__name__, err)
    print('cause:', repr(err.__cause__))
    print('context:', repr(err.__context__))
    print('suppress:', err.__suppress_context__)
    print(err.__cause__ is err.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden') from None
except RuntimeError as err:
    print('cause:', err.__cause__)
    print('context:', repr(err.__context__))
    print('suppress:', err.__suppress_context__)
try:
    raise TypeError('no handler') from KeyError('explicit')
except TypeError as err:
    print('cause:', repr(err.__cause__), 'context:', err.__context__)
try:
    raise ValueError('class as cause') from IndexError
except ValueError as err:
    print('cause type:', type(err.__cause__).__name__, repr(err.__cause__))
e = ValueError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError('bad cause') from 5
except TypeError as err:
    print(type(err).__name__, err)
def chain():
    try:
        raise KeyError('first')
    except KeyError as a:
        try:
            raise IndexError('second') from a
        except IndexError as b:
            raise OSError('third') from b
try:
    chain()
except OSError as err:
    names = []
    cur = err
    while cur is not None:
        names.append(type(cur).__name__ + ':' + str(cur))
        cur = cur.__cause__
    print(' <- '.join(names))
