# Program: parse URLs and query strings by hand, percent-decoding, rebuilding.
def unquote(s):
    i = 0
    raw = b''
    while i < len(s):
        hexpart = s[i + 1:i + 3]
        if s[i] == '%' and len(hexpart) == 2 and all(c in '0123456789abcdefABCDEF' for c in hexpart):
            raw += bytes([int(s[i + 1:i + 3], 16)])
            i += 3
        else:
            raw += (' ' if s[i] == '+' else s[i]).encode()
            i += 1
    return raw.decode('utf-8', 'replace')
def parse_url(url):
    scheme, _, rest = url.partition('://')
    rest, _, fragment = rest.partition('#')
    rest, _, query = rest.partition('?')
    netloc, slash, path = rest.partition('/')
    host, _, port = netloc.partition(':')
    params = {}
    for part in query.split('&') if query else []:
        k, _, v = part.partition('=')
        params.setdefault(unquote(k), []).append(unquote(v))
    return {'scheme': scheme, 'host': host, 'port': int(port) if port else None,
            'path': slash + path, 'query': params, 'fragment': fragment}
for url in ['https://example.com/a/b?x=1&y=two&x=3#top',
            'http://host:8080/?q=hello+world&empty=&caf%C3%A9=%E2%9C%93',
            'ftp://files.local', 'https://h/p%20q?bad=%zz&pct=100%25']:
    print(parse_url(url))
def build_query(params):
    safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~')
    def quote(s):
        return ''.join(c if c in safe else ''.join('%%%02X' % b for b in c.encode()) for c in str(s))
    return '&'.join(f'{quote(k)}={quote(v)}' for k, v in params.items())
print(build_query({'q': 'a b&c', 'n': 5, 'é': '✓'}))
