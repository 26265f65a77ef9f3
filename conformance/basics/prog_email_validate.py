# Program: validate and normalise email addresses with str methods only.
def validate(addr):
    addr = addr.strip()
    if addr.count('@') != 1:
        return None, 'must contain exactly one @'
    local, domain = addr.split('@')
    if not local or not domain:
        return None, 'empty local part or domain'
    if len(local) > 64:
        return None, 'local part too long'
    allowed = set('abcdefghijklmnopqrstuvwxyz0123456789.!#$%&*+-/=?^_`{|}~')
    if not set(local.lower()) <= allowed or local.startswith('.') or '..' in local:
        return None, 'bad local part'
    labels = domain.lower().split('.')
    if len(labels) < 2 or any(not l or l.startswith('-') or l.endswith('-') for l in labels):
        return None, 'bad domain'
    if not all(l.replace('-', '').isalnum() and l.isascii() for l in labels):
        return None, 'bad domain characters'
    return f'{local}@{domain.lower()}', 'ok'
for a in ['Ann.Lee@Example.COM', ' bob+tag@mail.co.uk ', 'no-at-sign.com', 'a@b', 'two@@x.com',
          '.dot@x.com', 'a..b@x.com', 'x@-bad.com', 'x@exa_mple.com', 'ü@x.com', 'x@ünï.com', '@x.com']:
    print(repr(a), validate(a))
