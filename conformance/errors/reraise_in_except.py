# Re-raising: bare raise keeps the same object, raise e re-raises it, wrapping adds context.
def bare():
    try:
        raise ValueError('orig')
    except ValueError:
        raise
def named():
    try:
        raise ValueError('orig')
    except ValueError as e:
        raise e
def wrapped():
    try:
        raise ValueError('orig')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
for f in [bare, named, wrapped]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e, repr(e.__context__), repr(e.__cause__))
saved = None
try:
    raise KeyError('saved')
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print('raised later:', e is saved, repr(e))
def conditional_reraise(code):
    try:
        raise OSError(code)
    except OSError as e:
        if e.args[0] == 'retryable':
            return 'handled'
        raise
print(conditional_reraise('retryable'))
try:
    conditional_reraise('fatal')
except OSError as e:
    print('re-raised:', e)
