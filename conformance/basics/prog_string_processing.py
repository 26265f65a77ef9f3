# Program: typical text munging: slugify, title-case names, parse key=value, wrap text.
def slugify(s):
    out = []
    prev_dash = False
    for ch in s.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append('-')
            prev_dash = True
    return ''.join(out).strip('-')
for t in ['Hello, World!', '  Multiple   spaces ', 'Ünïcode & more', 'already-a-slug', '']:
    print(repr(t), '->', repr(slugify(t)))
def parse_kv(s):
    result = {}
    for part in s.split(';'):
        if not part.strip():
            continue
        key, _, value = part.partition('=')
        result[key.strip()] = value.strip()
    return result
print(parse_kv('a=1; b = two ;c=;; d=x=y'))
def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + ' ' + word
    if line:
        lines.append(line)
    return lines
para = 'The quick brown fox jumps over the lazy dog and keeps running far away from here'
for l in wrap(para, 20):
    print('|' + l.ljust(20) + '|')
names = ['ada lovelace', 'GRACE hopper', "o'brien", 'jean-luc picard']
print([n.title() for n in names])
def camel_to_snake(s):
    out = ''
    for i, ch in enumerate(s):
        if ch.isupper() and i:
            out += '_'
        out += ch.lower()
    return out
print([camel_to_snake(s) for s in ['camelCase', 'HTTPServer', 'simple', 'getURLPath']])
print(' '.join(w[::-1] for w in 'reverse each word'.split()))
print(''.join(c for c in 'a man, a plan, a canal: panama' if c.isalnum()) ==
      ''.join(c for c in 'a man, a plan, a canal: panama' if c.isalnum())[::-1])
