# re: re.error messages, positions and attributes for bad patterns (CPython's sre_parse texts)
import re
pats = [
    "*", "a**", "a*+*", "+a", "?", "{1}", "a{2,1}", "(", "(a", "a)", "())", "[a", "[", "[]",
    "[^", "[a-", "[b-a]", "[\\d-z]", "[a-\\w]", "\\", "a\\", "\\q", "\\xz", "\\x1", "\\u12",
    "\\U0011ffff", "\\8", "\\1", "(a)\\2", "(a\\1)", "\\400", "[\\400]", "[\\q]",
    "(?", "(?P", "(?Px)", "(?P<", "(?P<>a)", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=", "(?P=x)",
    "(?P<a>(?P=a))", "(?P=1)", "(?<", "(?<x)", "(?z)", "(?i", "(?i-", "(?-", "(?i-i:a)",
    "(?-a:x)", "(?a-:x)", "(?L)", "(?au)", "a(?i)b", "(?#abc", "(?(1)a)", "(?(x)a)", "(?(0)a)",
    "(?(-1)a)", "(a)(?(1)a|b|c)", "(?(1x)a)", "(?<=a+)b", "(?<!a|bc)d", "(?<=(a)\\1)b",
    "a\nb)", "(?x)\n  (\n  [", "(?i:", "(?i", "(?ix-s:a)b)", "x{99999999999}", "(?P<a", "(?P<a>",
    "a|*", "(*)", "^*", "$*", "\\b*", "(?=a)*", "x**", "x{1}{2}", "(?:a)??",
    "(?<=a)(?<!b)c(?=d)(?!e)", "[a-\\d]", "(?x)a#b\n)",
]
for p in pats:
    try:
        r = re.compile(p)
        print(repr(p), "ok", r.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b"\\q", b"[b-a]", b"(?u)x", b"\\u1234"]:
    try:
        re.compile(p)
        print(p, "ok")
    except re.error as e:
        print(p, "error:", e, e.pos)
    except Exception as e:
        print(p, type(e).__name__, e)
for args in [("a", re.A | re.U), (b"a", re.U), ("a", re.L)]:
    try:
        re.compile(*args)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: re.compile(5), lambda: re.search("a", 5), lambda: re.search("a", b"a"),
            lambda: re.search(b"a", "a"), lambda: re.compile(re.compile("a"), re.I),
            lambda: re.compile("a", "i"), lambda: re.compile("a").match("a").group(2),
            lambda: re.compile("a").match("a").group("x"), lambda: re.sub("a", "\\2", "a"),
            lambda: re.sub("(a)", "\\g<x>", "a"), lambda: re.sub("a", "\\g<1", "a"),
            lambda: re.sub("a", "\\g", "a"), lambda: re.sub("a", "\\q", "a"),
            lambda: re.sub("a", "x\\", "a"), lambda: re.sub("a", "\\g<-1>", "a"),
            lambda: re.sub("a", "\\g<a b>", "a"), lambda: re.sub("a", lambda m: 5, "xa"),
            lambda: re.sub("a", "\\777", "a"), lambda: re.sub("(a)", "\\g<>", "a")]:
    try:
        print(bad())
    except re.error as e:
        print("re.error", e, e.pos)
    except Exception as e:
        print(type(e).__name__, e)
print(re.error.__name__, issubclass(re.error, Exception))
e = re.error("plain")
print(e, e.args)
