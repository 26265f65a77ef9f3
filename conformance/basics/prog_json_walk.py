# Program: walk nested JSON-like data: paths, totals, flattening, pretty printing by hand.
data = {
    'name': 'store', 'open': True, 'rating': 4.5, 'tags': ['food', 'local'],
    'address': {'street': '1 Main St', 'zip': '12345', 'geo': {'lat': 51.5, 'lng': -0.12}},
    'items': [
        {'sku': 'A1', 'price': 2.5, 'qty': 10, 'meta': None},
        {'sku': 'B2', 'price': 10.0, 'qty': 0, 'meta': {'fragile': True}},
        {'sku': 'C3', 'price': 0.99, 'qty': 250, 'meta': {'tags': []}},
    ],
}
def walk(node, path=''):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f'{path}.{k}' if path else k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f'{path}[{i}]')
    else:
        yield path, node
for p, v in walk(data):
    print(p, '=', repr(v))
stock_value = sum(it['price'] * it['qty'] for it in data['items'])
print('stock value', round(stock_value, 2))
def dump(node, indent=0):
    pad = '  ' * indent
    if isinstance(node, dict):
        if not node:
            return '{}'
        inner = ',\n'.join(f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in node.items())
        return '{\n' + inner + '\n' + pad + '}'
    if isinstance(node, list):
        if not node:
            return '[]'
        return '[' + ', '.join(dump(v, indent + 1) for v in node) + ']'
    if node is None:
        return 'null'
    if isinstance(node, bool):
        return 'true' if node else 'false'
    if isinstance(node, str):
        return '"' + node + '"'
    return repr(node)
print(dump(data['address']))
print(dump(data['items'][1]))
def depth(node):
    if isinstance(node, dict):
        return 1 + max((depth(v) for v in node.values()), default=0)
    if isinstance(node, list):
        return 1 + max((depth(v) for v in node), default=0)
    return 0
print('depth', depth(data))
def get_path(node, path):
    for part in path.split('/'):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node
print(get_path(data, 'address/geo/lat'), get_path(data, 'items/2/sku'))
try:
    get_path(data, 'items/5/sku')
except IndexError as e:
    print(type(e).__name__, e)
