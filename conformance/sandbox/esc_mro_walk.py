# walking __mro__/__bases__/__class__ from a literal stays among builtin types
seen = set()
todo = [(), '', 0, [], {}, 1.5, None, True, b'', range(1)]
n = 0
while todo and n < 1000:
    o = todo.pop()
    n += 1
    for attr in ('__class__', '__base__', '__bases__', '__mro__'):
        try:
            v = getattr(o, attr)
        except AttributeError:
            continue
        for x in (v if isinstance(v, tuple) else (v,)):
            name = getattr(x, '__name__', None)
            if name is not None and name not in seen:
                seen.add(name)
                todo.append(x)
print(sorted(n for n in seen if n in ('module', 'function', 'code', 'frame', 'FileIO')))
