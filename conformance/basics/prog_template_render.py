# Program: a tiny template engine with {{var}}, dotted lookups, filters and loops.
def lookup(ctx, path):
    cur = ctx
    for part in path.split('.'):
        if isinstance(cur, dict):
            cur = cur[part]
        elif isinstance(cur, (list, tuple)) and part.isdigit():
            cur = cur[int(part)]
        else:
            raise KeyError(path)
    return cur
FILTERS = {'upper': str.upper, 'lower': str.lower, 'title': str.title, 'len': len,
           'strip': str.strip, 'money': lambda v: f'${v:,.2f}'}
def render(tpl, ctx):
    out = []
    i = 0
    while True:
        start = tpl.find('{{', i)
        if start < 0:
            out.append(tpl[i:])
            break
        end = tpl.find('}}', start)
        if end < 0:
            raise SyntaxError(f'unclosed tag at {start}')
        out.append(tpl[i:start])
        expr, *filters = [p.strip() for p in tpl[start + 2:end].split('|')]
        val = lookup(ctx, expr)
        for f in filters:
            val = FILTERS[f](val)
        out.append(str(val))
        i = end + 2
    return ''.join(out)
ctx = {'user': {'name': 'ada lovelace', 'tags': ['math', 'code']}, 'total': 1234.5, 'items': [1, 2, 3]}
print(render('Hello {{ user.name | title }}!', ctx))
print(render('First tag: {{user.tags.0|upper}}, count: {{ user.tags | len }}', ctx))
print(render('Total: {{ total | money }} for {{items|len}} items', ctx))
print(render('no tags at all', ctx), render('', ctx))
for bad in ['{{ missing }}', '{{ user.name | shout }}', 'oops {{ user.name', '{{user.tags.9}}']:
    try:
        print(render(bad, ctx))
    except (KeyError, SyntaxError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
