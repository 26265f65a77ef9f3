# import of a module that does not exist: ModuleNotFoundError with the module name.
for attempt in range(2):
    try:
        import no_such_module_for_krait
    except ModuleNotFoundError as e:
        print(attempt, type(e).__name__, e, repr(e.name))
try:
    import no_such_a, no_such_b
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_pkg.inner.deeper as d
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
