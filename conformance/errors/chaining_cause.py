# Explicit chaining with raise ... from: __cause__, __suppress_context__, walking the chain.
def parse_config(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f'bad config {text!r}') from e
try:
    parse_config('abc')
except RuntimeError as e:
    print(type(e).__name__, e)
    print('cause:', type(e.__cause__).__name__, e.__cause__)
    print('context is cause:', e.__context__ is e.__cause__, e.__suppress_context__)
def layered():
    try:
        try:
            [][1]
        except IndexError as a:
            raise KeyError('layer 2') from a
    except KeyError as b:
        raise ValueError('layer 3') from b
try:
    layered()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f'{type(cur).__name__}({cur})')
        cur = cur.__cause__
    print(' <- '.join(chain))
e = ValueError('manual')
e.__cause__ = KeyError('set by hand')
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(repr(caught.__cause__), caught.__suppress_context__)
try:
    raise IndexError('x') from None
except IndexError as err:
    print(err.__cause__, err.__suppress_context__, err.__context__)
