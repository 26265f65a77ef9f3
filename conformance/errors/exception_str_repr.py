# str() and repr() of builtin exceptions with various args, including OSError-style subclasses.
excs = [Exception(), Exception('m'), Exception('a', 'b'), ValueError(1.5), TypeError(None),
        KeyError('k'), KeyError(('t',)), IndexError(''), RuntimeError('multi\nline'),
        StopIteration(7), SystemExit(), SystemExit(2), AssertionError('x', 1), NameError('n'),
        ZeroDivisionError(), UnicodeError('u'), ArithmeticError([1]), LookupError({'d': 1}),
        NotImplementedError('todo'), BaseException('base'), Warning('w'), UserWarning('uw')]
for e in excs:
    print(type(e).__name__, '|', str(e), '|', repr(e))
print(str(KeyError("a'b")), repr(KeyError("a'b")), str(KeyError('a"b')))
print(repr(ValueError('é')), str(ValueError(b'x')), repr(OSError('o')))
