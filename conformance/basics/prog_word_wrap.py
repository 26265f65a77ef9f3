# Program: greedy word wrap and full justification of a paragraph.
text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor '
        'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.')
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(' '.join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    base, extra = divmod(spaces, gaps)
    out = ''
    for i, w in enumerate(line[:-1]):
        out += w + ' ' * (base + (1 if i < extra else 0))
    return out + line[-1]
for width in (30, 42):
    lines = wrap(text.split(), width)
    for i, l in enumerate(lines):
        body = justify(l, width) if i < len(lines) - 1 else ' '.join(l).ljust(width)
        print('|' + body + '|')
    print()
print(wrap(['supercalifragilistic'], 5))
