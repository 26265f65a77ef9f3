# a function's __globals__ is the script's own module dict
def f():
    pass
try:
    g = f.__globals__
    print(g is globals() if 'globals' in dir(__builtins__) or isinstance(__builtins__, dict) and 'globals' in __builtins__ else 'f' in g)
    b = g.get('__builtins__')
    names = b.keys() if isinstance(b, dict) else dir(b)
    print([n for n in names if n in ('open', 'eval', 'exec', '__import__')])
except AttributeError:
    print(True)
    print([])
