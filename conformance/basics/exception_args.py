# Exception objects: args, str() and repr() for zero, one and several arguments.
cases = [ValueError(), ValueError('msg'), ValueError('a', 2), ValueError(42),
         KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError(None),
         Exception(''), Exception([1, 2]), RuntimeError('x\ny'), TypeError("it's")]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('one')
e.args = ('changed', 'twice')
print(e, repr(e))
try:
    raise ValueError('with', 'args')
except ValueError as err:
    print(err.args, len(err.args), err.args[1])
e = StopIteration(5)
print(e.value, e.args)
e = StopIteration()
print(e.value)
e = KeyError('quoted')
print(str(e), e.args[0])
print(str(OSError('plain')))
e = SystemExit(3)
print(e.code, e.args)
e = ZeroDivisionError('custom message')
print(e)
e = AssertionError()
print(repr(e), repr(str(e)))
e = Exception('a', 'b')
print(str(e), repr(e))
print(isinstance(ValueError('x'), Exception), isinstance(KeyboardInterrupt(), Exception))
