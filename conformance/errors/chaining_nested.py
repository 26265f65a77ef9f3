# Exceptions chained across function calls, loops and generators, inspected by walking links.
def describe(e):
    parts = []
    while e is not None:
        link = 'cause' if e.__cause__ is not None else 'context'
        parts.append(type(e).__name__ + ':' + str(e))
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return ' | '.join(parts)
def step(i):
    if i == 3:
        raise ValueError(f'step {i} failed')
    return i
def run():
    results = []
    for i in range(5):
        try:
            results.append(step(i))
        except ValueError as e:
            raise RuntimeError(f'run aborted after {len(results)} steps') from e
    return results
try:
    run()
except RuntimeError as e:
    print(describe(e))
def gen():
    try:
        yield 1
        raise KeyError('in generator')
    except KeyError:
        raise IndexError('generator handler')
try:
    list(gen())
except IndexError as e:
    print(describe(e))
def cleanup_fails():
    try:
        raise ValueError('work failed')
    finally:
        try:
            raise OSError('cleanup failed')
        except OSError:
            pass
try:
    cleanup_fails()
except ValueError as e:
    print(describe(e))
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(describe(e))
