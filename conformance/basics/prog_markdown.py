# Program: render a small subset of Markdown (headers, lists, emphasis, code) to HTML.
def inline(text):
    out, i = [], 0
    while i < len(text):
        for marker, tag in (('**', 'strong'), ('*', 'em'), ('`', 'code')):
            if text.startswith(marker, i):
                end = text.find(marker, i + len(marker))
                if end > i:
                    inner = text[i + len(marker):end]
                    out.append(f'<{tag}>{inner if tag == "code" else inline(inner)}</{tag}>')
                    i = end + len(marker)
                    break
        else:
            ch = text[i]
            out.append({'<': '&lt;', '>': '&gt;', '&': '&amp;'}.get(ch, ch))
            i += 1
    return ''.join(out)
def render(md):
    html, in_list = [], False
    for line in md.splitlines():
        stripped = line.strip()
        if stripped.startswith('- '):
            if not in_list:
                html.append('<ul>')
                in_list = True
            html.append(f'  <li>{inline(stripped[2:])}</li>')
            continue
        if in_list:
            html.append('</ul>')
            in_list = False
        if not stripped:
            continue
        level = len(stripped) - len(stripped.lstrip('#'))
        if 0 < level <= 6 and stripped[level:level + 1] == ' ':
            html.append(f'<h{level}>{inline(stripped[level + 1:])}</h{level}>')
        else:
            html.append(f'<p>{inline(stripped)}</p>')
    if in_list:
        html.append('</ul>')
    return '\n'.join(html)
doc = """# Title with *emphasis*
Some **bold** text & a `code <span>` sample.

- first item
- second **item**
## Sub *head*
####### not a header
Trailing paragraph with an unmatched * star."""
print(render(doc))
