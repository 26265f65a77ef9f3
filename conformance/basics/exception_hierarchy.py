# Builtin exception hierarchy via isinstance/issubclass and except clauses.
pairs = [(ValueError, Exception), (KeyError, LookupError), (IndexError, LookupError),
         (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
         (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (FileNotFoundError, OSError), (UnicodeDecodeError, UnicodeError),
         (UnicodeError, ValueError), (StopIteration, Exception),
         (StopAsyncIteration, Exception), (KeyboardInterrupt, Exception),
         (KeyboardInterrupt, BaseException), (SystemExit, Exception),
         (GeneratorExit, Exception), (Exception, BaseException), (TypeError, ValueError),
         (AssertionError, Exception), (AttributeError, Exception), (IndentationError, SyntaxError),
         (TabError, IndentationError), (LookupError, Exception)]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(issubclass(bool, int), issubclass(int, object), issubclass(ValueError, (TypeError, Exception)))
def catch(exc):
    try:
        raise exc
    except ArithmeticError:
        return 'ArithmeticError'
    except LookupError:
        return 'LookupError'
    except Exception:
        return 'Exception'
    except BaseException:
        return 'BaseException'
for exc in [ZeroDivisionError, FloatingPointError, KeyError('x'), IndexError, ValueError,
            GeneratorExit, KeyboardInterrupt, SystemExit(0)]:
    print(catch(exc))
print(ValueError.__name__, type(ValueError()).__name__)
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
