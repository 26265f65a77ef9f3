# __builtins__ holds nothing dangerous
b = __builtins__
names = b.keys() if isinstance(b, dict) else dir(b)
bad = sorted(n for n in names if n in ('open', 'eval', 'exec', 'compile', '__import__', 'input', 'breakpoint', 'memoryview', '__loader__', '__spec__'))
print(bad)
