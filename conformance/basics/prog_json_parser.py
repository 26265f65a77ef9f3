# Program: hand-written recursive-descent JSON parser with error positions.
def parse_json(text):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in ' \t\n\r':
            pos += 1
    def expect(ch):
        nonlocal pos
        if text[pos:pos + 1] != ch:
            raise ValueError(f'expected {ch!r} at {pos}')
        pos += 1
    def value():
        nonlocal pos
        ws()
        ch = text[pos:pos + 1]
        if ch == '{':
            pos += 1
            obj = {}
            ws()
            if text[pos:pos + 1] == '}':
                pos += 1
                return obj
            while True:
                ws()
                k = string()
                ws()
                expect(':')
                obj[k] = value()
                ws()
                if text[pos:pos + 1] == ',':
                    pos += 1
                    continue
                expect('}')
                return obj
        if ch == '[':
            pos += 1
            arr = []
            ws()
            if text[pos:pos + 1] == ']':
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if text[pos:pos + 1] == ',':
                    pos += 1
                    continue
                expect(']')
                return arr
        if ch == '"':
            return string()
        for word, val in (('true', True), ('false', False), ('null', None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in '+-0123456789.eE':
            pos += 1
        num = text[start:pos]
        if not num:
            raise ValueError(f'unexpected {ch!r} at {pos}')
        return float(num) if any(c in num for c in '.eE') else int(num)
    def string():
        nonlocal pos
        expect('"')
        out = []
        escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', '/': '/'}
        while text[pos] != '"':
            if text[pos] == '\\':
                nxt = text[pos + 1]
                if nxt == 'u':
                    out.append(chr(int(text[pos + 2:pos + 6], 16)))
                    pos += 6
                    continue
                out.append(escapes[nxt])
                pos += 2
            else:
                out.append(text[pos])
                pos += 1
        pos += 1
        return ''.join(out)
    result = value()
    ws()
    if pos != len(text):
        raise ValueError(f'trailing data at {pos}')
    return result
doc = '{"name": "krait", "version": [0, 1, 2], "ok": true, "ratio": 0.25, "none": null, ' \
      '"nested": {"list": [], "obj": {}, "esc": "a\\"b\\nc\\u00e9"}, "neg": -12, "exp": 1e3}'
data = parse_json(doc)
print(data)
print(data['nested']['esc'], data['exp'], type(data['neg']).__name__)
for bad in ['{"a" 1}', '[1, 2', 'nope', '{"a": 1} x', '[1,]']:
    try:
        print(parse_json(bad))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
