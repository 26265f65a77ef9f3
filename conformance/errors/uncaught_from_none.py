# Uncaught exception raised "from None": the final line is still type and message.
settings = {}
def get(key):
    try:
        return settings[key]
    except KeyError:
        raise LookupError(f'setting {key!r} is required') from None
print('start')
get('timeout')
