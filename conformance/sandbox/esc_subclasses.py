# object.__subclasses__() reaches no file, loader or process class
try:
    subs = (1).__class__.__bases__[0].__subclasses__()
except (AttributeError, TypeError):
    subs = []
bad = [getattr(c, '__name__', '?') for c in subs]
bad = [n for n in bad if n in ('Popen', 'FileIO', 'BufferedReader', '_wrap_close', 'catch_warnings', 'BuiltinImporter', 'FileLoader', 'SourceFileLoader', 'Quitter', '_Printer')]
print(bad)
