# Handlers are tried in order; a base-class handler placed first shadows later ones.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError first'
    except KeyError:
        return 'KeyError (unreachable)'
    except Exception as e:
        return 'Exception: ' + type(e).__name__
print(classify(KeyError()), classify(IndexError()), classify(ValueError()))
def specific_first(exc):
    try:
        raise exc
    except KeyError:
        return 'KeyError'
    except LookupError:
        return 'LookupError'
print(specific_first(KeyError()), specific_first(IndexError()))
def nothing_matches():
    try:
        raise ValueError('escapes')
    except (KeyError, TypeError):
        return 'no'
try:
    nothing_matches()
except ValueError as e:
    print('escaped:', e)
def base_exceptions():
    out = []
    for exc in [SystemExit(1), KeyboardInterrupt(), GeneratorExit(), ValueError()]:
        try:
            raise exc
        except Exception:
            out.append('Exception')
        except BaseException as b:
            out.append('BaseException:' + type(b).__name__)
    return out
print(base_exceptions())
