# Program: agent-style inventory processing: orders against stock, errors collected, report.
stock = {'apple': 50, 'banana': 20, 'cherry': 0, 'date': 5}
prices = {'apple': 0.5, 'banana': 0.25, 'cherry': 3.0, 'date': 1.2}
orders = [
    {'id': 101, 'items': {'apple': 10, 'banana': 5}},
    {'id': 102, 'items': {'cherry': 1}},
    {'id': 103, 'items': {'date': 10}},
    {'id': 104, 'items': {'apple': 40, 'elderberry': 1}},
    {'id': 105, 'items': {'banana': 15, 'date': 5}},
    {'id': 106, 'items': {}},
]
rejected = []
fulfilled = []
def check(order):
    if not order['items']:
        raise ValueError(f"order {order['id']} is empty")
    for item, qty in order['items'].items():
        if item not in stock:
            raise KeyError(item)
        if stock[item] < qty:
            raise RuntimeError(f'insufficient {item}: want {qty}, have {stock[item]}')
for order in orders:
    try:
        check(order)
    except (KeyError, RuntimeError, ValueError) as e:
        rejected.append((order['id'], type(e).__name__, str(e)))
        continue
    total = 0.0
    for item, qty in order['items'].items():
        stock[item] -= qty
        total += qty * prices[item]
    fulfilled.append((order['id'], round(total, 2)))
print('fulfilled:', fulfilled)
for err in rejected:
    print('error:', err)
print('stock:', stock)
print('out of stock:', sorted(k for k, v in stock.items() if v == 0))
revenue = sum(t for _, t in fulfilled)
print(f'revenue: {revenue:.2f} from {len(fulfilled)} orders; {len(rejected)} rejected')
