# re: bytes patterns and subjects
import re
p = re.compile(rb"(\w+)=(\d+)")
m = p.search(b"  key=42 ")
print(m, m.groups(), m.group(1), m.span(), p)
print(re.findall(rb"\w", b"a\xe9b1_"), re.findall(rb"\s", b"a \x85\xa0\tb"), re.findall(rb"\d+", b"12a3"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.subn(b"a", b"", b"aab"))
print(re.split(rb"[,;]", b"a,b;c"), re.findall(b"(?i)AB", b"ab Ab \xc0\xe0"))
print(re.match(b"\\x41\\101\\n", b"AA\n"), re.escape(b"a.b\xff"), re.search(b"[\x80-\xff]+", b"ab\x80\xffc"))
print(re.fullmatch(b".+", b"\x00\xff"), re.compile(b"a", re.I | re.M))
print(list(re.finditer(b"a", b"aXa")), re.match(b"(?P<n>a)", b"a").groupdict())
print(re.compile(b"[a-z]", re.A).findall(b"aZ"))
