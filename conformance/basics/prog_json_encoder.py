# Program: hand-written JSON encoder with escaping, sorting, indentation and error on bad types.
def encode(obj, indent=None, sort_keys=False, level=0):
    pad = '' if indent is None else '\n' + ' ' * (indent * (level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * level)
    sep = ', ' if indent is None else ','
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float('inf'), float('-inf')):
            raise ValueError(f'out of range float: {obj!r}')
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == '\\':
                out.append('\\\\')
            elif ch == '\n':
                out.append('\\n')
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out.append('\\u%04x' % ord(ch) if ord(ch) < 0x10000 else ch)
            else:
                out.append(ch)
        out.append('"')
        return ''.join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + sep.join(pad + encode(v, indent, sort_keys, level + 1) for v in obj) + end + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = sorted(obj.items()) if sort_keys else obj.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                raise TypeError(f'keys must be str, not {type(k).__name__}')
            parts.append(pad + encode(k) + ': ' + encode(v, indent, sort_keys, level + 1))
        return '{' + sep.join(parts) + end + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')
data = {'b': [1, 2.5, None], 'a': {'t': True, 'f': False}, 'text': 'quote " slash \\ nl \n é', 'e': ()}
print(encode(data))
print(encode(data, sort_keys=True))
print(encode(data, indent=2, sort_keys=True))
for bad in [{1: 'x'}, {'s': {1, 2}}, [float('nan')], b'bytes']:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
