# re: the Match object API (group/groups/groupdict/start/end/span/expand/lastindex/...)
import re
m = re.search(r"(?P<a>\w)(?P<b>\d)?(x)?", "..a1..")
print(m, m.group(), m.group(0), m.group(1), m.group("a"), m.group(1, "b", 3))
print(m[0], m[1], m["b"], m[3])
print(m.groups(), m.groups("-"), m.groups(default=0), m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(), m.start(1), m.end("b"), m.span(3), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
for bad in [10, -1, "zz", 1.5, None]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m[7]
except IndexError as e:
    print("IndexError", e)
try:
    m.start(9)
except IndexError as e:
    print("IndexError", e)
print(re.match("(a)(b)", "ab").lastindex, re.match("(a(b))", "ab").lastindex)
print(re.match("(a)|(b)", "b").lastindex, re.match("a", "a").lastindex, re.match("a", "a").lastgroup)
print(re.match("(?P<x>a)(b)", "ab").lastgroup, re.match("(a)(?P<y>b)", "ab").lastgroup)
print(re.match(r"(\w+) (\w+)", "hello world").expand(r"\2 \1 \g<0>!"))
print(re.match("a" * 60, "a" * 60))
print(re.match(".*", "x'y\"z\n"), re.match(b"a.", b"a\xff"))
print(re.search("é+", "caféé!"), re.search("é+", "caféé!").span())
m = re.compile(r"\d").search("a1b2", 2)
print(m.pos, m.endpos, m.span(), bool(m))
m = re.compile(r"\d").search("a1b2", 0, 2)
print(m.pos, m.endpos, m.span())
print(re.match("(a)*", "aaa").span(1), re.match("(a)*?b", "aab").group(1))
print(re.match(r"(?:(a)|b)*", "ab").groups(), re.match(r"(?:(a)|(b))*", "ab").groups())
print(re.match(r"(a|b)*?c", "abc").groups(), re.match(r"((a)|b)+", "ab").groups())
print(re.fullmatch(r"(\w+)\s*=\s*(\S+)", "key = value").groups())
