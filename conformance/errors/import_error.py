# Importing a module that does not exist raises ModuleNotFoundError (an ImportError).
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, '|', e.name)
try:
    import another_missing_module as alias
except ImportError as e:
    print('caught as ImportError:', type(e).__name__, e)
try:
    from missing_package_abc import something
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import missing_pkg.submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
def lazy():
    import yet_another_missing
    return yet_another_missing
try:
    lazy()
except ModuleNotFoundError as e:
    print('inside function:', e)
