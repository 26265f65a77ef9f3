# Program: order-preserving dedupe, pagination with metadata, cursor iteration.
records = [{'id': i % 13, 'v': i} for i in range(40)]
seen = set()
unique = []
for r in records:
    if r['id'] not in seen:
        seen.add(r['id'])
        unique.append(r)
print([r['id'] for r in unique])
def paginate(items, page, per_page):
    if per_page <= 0:
        raise ValueError('per_page must be positive')
    total = len(items)
    pages = (total + per_page - 1) // per_page
    if not 1 <= page <= max(pages, 1):
        raise IndexError(f'page {page} out of range 1..{pages}')
    start = (page - 1) * per_page
    return {'page': page, 'pages': pages, 'total': total,
            'items': items[start:start + per_page], 'has_next': page < pages}
for p in (1, 3, 5):
    res = paginate(unique, p, 3)
    print(res['page'], res['pages'], [r['id'] for r in res['items']], res['has_next'])
for bad in [(0, 3), (6, 3), (1, 0)]:
    try:
        paginate(unique, *bad)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(paginate([], 1, 10))
def cursor_pages(items, size):
    cursor = 0
    while cursor < len(items):
        yield items[cursor:cursor + size], cursor
        cursor += size
print([(len(chunk), c) for chunk, c in cursor_pages(list(range(10)), 4)])
