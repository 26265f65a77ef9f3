#!/usr/bin/env python3
# scripts/parse_check/snippets.py: compare parse results / syntax errors of small snippets
# between CPython (ast.parse) and pdump. Usage: snippets.py [--pdump PATH] [-v]
import ast, subprocess, sys, tempfile, os

SNIPPETS = [
    "x = (1,", "x = [1, 2", "f(a b)", "[a b]", "(a b)", "{a b}", "print(1 2)", "x = 1 +",
    "if x\n  pass", "if x:\npass", "def f():\n\nx = 1", "for x in y:\nbreak",
    "while 1:\n    pass\n  x = 1", "  x = 1", "x = 1\n    y = 2", "if 1:\n\tx\n        y",
    "x = )", "x = (]", "x = (\n]", "'abc", '"""abc\n\n', "x = 'a\nb'", "1abc", "0777", "0x", "0b2",
    "0o8", "1__0", "1_", "1e", "1.5j_", "f() = 1", "1 = x", "x + 1 = 2", "(a, 1) = x",
    "x = f() = 1", "del 1", "del f()", "del (a, 1)", "(a, b) += 1", "[a] += 1", "f() += 1",
    "*a = 1", "*a, *b = c", "a, *b, *c = d", "for 1 in x: pass", "with a as 1: pass",
    "[x for 1 in y]", "lambda: (yield)", "f(x=1, y)", "f(**k, *a)", "f(**k, a)",
    "def f(a=1, b): pass", "def f(a, a): pass", "lambda a, a: 1", "def f(*): pass",
    "def f(*, **k): pass", "def f(**k, a): pass", "def f(a, /, /): pass", "def f(/): pass",
    "x := 1", "(x.y := 1)", "if x = 1: pass", "if x.y = 1: pass", "while a = 1: pass",
    "f(a.b=1)", "f(True=1)", "a b", "print 'x'", "import", "from x import", "from . import (a,",
    "from x import a,", "class A(x=1, y): pass", "x = yield = 1", "a, b: int", "[a]: int = 1",
    "f(): int", "x = 1 if 2", "\\x", "x = \\ 1", "x = b'a' 'b'", "x = 'a' b'b'",
    "'\\x'", "'\\x4'", "'\\u12'", "'\\U1234567'", "'\\U00110000'", "b'\\x1'", "b'é'",
    "'\\N{SPACE}'", "'\\N{NOT A NAME}'", "f'{'", "f'}'", "f'{}'", "f'{ }'", "f'{a!x}'",
    "f'{a!}'", "f'{a:'", "f'{a b}'", "f'{\\'a\\'}'", "f'{#}'", "f'{a)}'", "f'{(a}'",
    "f'{x=}'", "f'{x = !s}'", "f'{x=:>10}'", "f'{x!r:{y}}'", "f'{{}}'", "f'a{{b'",
    "f'{x:{y:{z}}}'", "f'{3!r}' f'{4}' 'x' f''", "rf'\\d{x}'", "f'\\n{x}\\t'",
    "try:\n    pass\n", "try:\n    pass\nelse:\n    pass", "try:\n  pass\nexcept* :\n  pass",
    "try:\n  pass\nexcept A, B:\n  pass", "try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass",
    "else:\n  pass", "x = 1; ; y", "def f(x):\n  return *x", "a = *b", "print(*a for a in b)",
    "f(x for x in y, 1)", "f(1, x for x in y)", "match x:\n  case 1:\n    pass",
    "match x:\n case [a, *b, c] | {'k': v, **r} | C(1, k=v) | -1+2j | None | a.b as z:\n  pass",
    "match = 1\nmatch.x = 2\nmatch(1)\nmatch[1]", "case = 1", "match x:\n  pass",
    "global x, y\nnonlocal z", "async def f():\n  async for x in y: pass\n  async with a as b: pass\n  await x",
    "@d\n@e.f(1)\nclass A: pass", "x = 1 if y else 2 if z else 3", "a < b < c not in d is not e",
    "not a and b or not c", "x[1:2, ::3, a:b:c, ...]", "x[*a]", "x[a:=1]", "with (a as b, c as d): pass",
    "with (a, b): pass", "with (a, b) as c: pass", "with (yield): pass", "def f(a, /, b=1, *c, d, e=2, **f) -> int: pass",
    "lambda a, /, b=1, *c, d, e=2, **f: 0", "x = yield", "x = yield from y", "x = await y",
    "from ... import a\nfrom .a.b import (c as d, e,)\nimport a.b.c as d, e", "x = 1_000.5e-3j + 0xFF_FF + 0o17 + 0b1_0 + 1e10 + .5 + 5.",
    "x = -1 ** -2", "x = ~-+x", "x = a if b else lambda: c", "del a, (b, c), [d], e.f, g[h]",
    "for x, *y in z: pass\nelse: pass", "while x: pass\nelse: pass", "raise\nraise x\nraise x from y",
    "assert x, 'm'", "x: int\nx.y: int = 1\n(x): int = 2", "x @= y; x //= 2; x **= 3; x >>= 1; x <<= 2; x ^= 3; x |= 1; x &= 2; x %= 1",
    "{**a, 'b': 1, **c}", "{1, *a}", "{k: v for k, v in x if k if v for z in k}", "(x for x in y)",
    "[*a, *b]", "print(*a, *b, c=1, **d, **e)", "x = 'a' 'b' \\\n 'c'", "x = b'a' B'b' rb'\\d' bR'\\x'",
    "x = u'a' U'b' R'c'", "x = '''a\nb''' \"\"\"c\"\"\"", "x = 'a\\\nb'", "x = '\\101\\x41\\u0041\\U00000041\\N{BULLET}\\q'",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass",
    "class A(B, metaclass=M, *a, **k):\n    x: int = 1\n    def f(self): return self",
    "def f():\n    yield\n    yield x\n    yield x, y\n    z = yield x\n    await (yield)",
    "x = [i for i in range(3) if i if not i]", "x = (yield)", "a.b.c = d[e][f] = g",
    "t = 1,", "t = ()", "t = (1,)", "x = ...", "x = None, True, False", "x = 1 if 2 else 3,",
    "lambda: 1, 2", "lambda *a, **k: (a, k)", "lambda *, a: a", "f(a)(b)(c)[d].e",
    "x = a or b or c and d and e", "x = (a or b) or c", "x = a - b - c", "x = a ** b ** c",
    "x = a @ b", "x = not not a", "x = - - a", "x = a if (b := c) else d", "[y := 1, y**2]",
    "def f[T](): pass", "type X = int", "print(f'{x!r:>{w}.{p}f}')", "x = f'{a[\"b\"]}'",
    "x = f'''{\na\n}'''", "x = f'{a:{b}{c}d}'", "def f(a, *, b): pass", "x = 1e1000", "x = 0.1 + 1.5e-7 + 1e22 + 123456789012345678901234567890",
    "x = 0xFFFFFFFFFFFFFFFFFFFFFFFF", "if True:\n    pass\n  else:\n    pass", "def f(:\n  pass",
    "x = [\n1,\n2\n", "foo(\n", "x = {\n'a': 1,\n'b' 2}", "d = {'a' 1}", "d = {1: 2, 3}",
    "print('x',)", "class A:\npass", "async x", "await", "return", "yield", "x = 5 = 6",
    "a = 1; b = 2;", "import a as", "from a import *, b", "from a import (*)", "x.1", "x = .", "@\ndef f(): pass",
    "def f():\n    '''doc'''\n    return", "if x:\n    pass\n\n\n\n", "\n\n\nx = 1\n\n", "# only a comment", "",
    "x = 1\n\\\n", "x = (1 +\n  2)", "x = [1,\n  2,\n]", "if x:\n  if y:\n    pass\n  else:\n    pass\nelse:\n  pass",
    "for x in *a, *b: pass", "return 1", "x = *a, *b", "del *a", "del (a, *b)", "x = 1 if 2 else *a",
    "f(**a, b=1, *c)", "f(a=1, *b)", "f(a=1, a=2)", "class C(x for x in y): pass", "def f(a, b=1, /, c): pass",
    "def f(a=1, /, b): pass", "nonlocal x", "x = ' \\N{EM DASH} '", "0_7", "00", "0_0", "09.5", "09", "1if x else y",
    "x = 1 or2", "[1 for x in y if z else w]", "print(a, b for b in c)", "f(a for a in b for c in d)",
    "x = [a, b for b in c]", "(a, b for b in c)", "a[b for b in c]", "a[1:2 for x in y]",
]

def cpy(src):
    try:
        ast.parse(src)
        return "OK"
    except SyntaxError as e:
        return "ERROR %s %s %s %s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except Exception as e:
        return "ERROR %s" % type(e).__name__

def main():
    pdump = "/tmp/parser/pdump"
    if "--pdump" in sys.argv:
        pdump = sys.argv[sys.argv.index("--pdump") + 1]
    verbose = "-v" in sys.argv
    ok = 0
    bad = []
    with tempfile.TemporaryDirectory() as d:
        for i, s in enumerate(SNIPPETS):
            path = os.path.join(d, "s%d.py" % i)
            with open(path, "w") as f:
                f.write(s)
            exp = cpy(s)
            r = subprocess.run([pdump, path], capture_output=True)
            out = r.stdout.decode("utf-8", "replace").strip()
            if r.returncode != 0:
                got = "CRASH %d" % r.returncode
            elif out.startswith("ERROR"):
                got = out
            else:
                got = "OK"
                if exp == "OK":
                    want = ast.dump(ast.parse(s), include_attributes=True).replace(", kind='u'", "")
                    r2 = subprocess.run([pdump, "-a", path], capture_output=True)
                    if r2.stdout.decode("utf-8", "replace").strip() != want:
                        got = "OK-BUT-DIFFERENT-AST"
            if got != exp and exp == "OK" and got.startswith("ERROR"):
                # errors CPython raises later (symtable/compiler) count when they agree
                try:
                    compile(s, "<s>", "exec")
                except SyntaxError as e:
                    exp = "ERROR %s %s %s %s" % (type(e).__name__, e.lineno, e.offset, e.msg)
            if got == exp:
                ok += 1
            else:
                bad.append((s, exp, got))
    for s, exp, got in bad:
        print(repr(s)); print("   cpython:", exp); print("   krait:  ", got)
    print("snippets match %d/%d" % (ok, len(SNIPPETS)))

main()
