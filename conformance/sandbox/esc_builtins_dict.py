# __builtins__ (if the name exists at all) holds nothing dangerous
try:
    b = __builtins__
except NameError:
    b = {}
names = b.keys() if isinstance(b, dict) else dir(b)
bad = sorted(n for n in names if n in ('open', 'eval', 'exec', 'compile', '__import__', 'input', 'breakpoint', 'memoryview', '__loader__', '__spec__'))
print(bad)
