# Uncaught exception with a cause: only the final exception's type and message are compared.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('could not load value') from e
print('loading')
load('12')
print('first ok')
load('twelve')
