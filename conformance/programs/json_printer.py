# Hand-written JSON-like pretty printer and a tiny parser for round-tripping
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {dump(v[k], indent + 1)}' for k in sorted(v))
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        if all(isinstance(x, (int, float)) for x in v):
            return "[" + ", ".join(dump(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)

doc = {
    "name": "krait", "version": [0, 1, 2], "stable": False, "ratio": 0.75,
    "authors": [{"name": "A \"quoted\" name", "langs": ["C", "Python"]}, {"name": "B", "langs": []}],
    "notes": "line1\nline2", "empty": {}, "nothing": None, "big": 2 ** 70, "neg": -1.5e-7,
}
text = dump(doc)
print(text)

def parse(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in " \n\t":
            i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == "{":
            i += 1; out = {}; ws()
            if s[i] == "}":
                i += 1; return out
            while True:
                ws(); k = value(); ws(); assert s[i] == ":"; i += 1
                out[k] = value(); ws()
                if s[i] == ",":
                    i += 1; continue
                i += 1; return out
        if c == "[":
            i += 1; out = []; ws()
            if s[i] == "]":
                i += 1; return out
            while True:
                out.append(value()); ws()
                if s[i] == ",":
                    i += 1; continue
                i += 1; return out
        if c == '"':
            i += 1; buf = []
            while s[i] != '"':
                if s[i] == "\\":
                    i += 1
                    buf.append({"n": "\n"}.get(s[i], s[i]))
                else:
                    buf.append(s[i])
                i += 1
            i += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                i += len(word); return val
        j = i
        while j < len(s) and s[j] in "+-0123456789.eE":
            j += 1
        num = s[i:j]; i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()

back = parse(text)
print(back == doc)
print(sorted(back))
print(back["authors"][0]["name"], back["big"], back["neg"])
