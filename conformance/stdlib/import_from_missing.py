# from-import of a missing module, at module level and inside a function (at call time).
try:
    from no_such_module_for_krait import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from no_such_module_for_krait import (a, b)
except ImportError as e:
    print(type(e).__name__, e)
def later():
    from also_missing_module import helper
    return helper
try:
    later()
except ModuleNotFoundError as e:
    print('at call time:', e)
