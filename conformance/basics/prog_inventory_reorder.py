# Program: reorder planning from sales history: moving averages, safety stock, order quantities.
sales = {'widget': [12, 15, 11, 18, 20, 17, 22], 'gadget': [3, 0, 4, 2, 5, 1, 3],
         'gizmo': [40, 38, 45, 50, 48, 52, 55], 'doohickey': [0, 0, 0, 0, 0, 0, 0]}
stock = {'widget': 30, 'gadget': 12, 'gizmo': 60, 'doohickey': 5}
lead_days = {'widget': 3, 'gadget': 7, 'gizmo': 2, 'doohickey': 10}
def moving_avg(xs, n):
    return [sum(xs[i - n + 1:i + 1]) / n for i in range(n - 1, len(xs))]
plan = []
for item, hist in sales.items():
    avg = sum(hist[-3:]) / 3
    var = sum((x - sum(hist) / len(hist)) ** 2 for x in hist) / len(hist)
    safety = round(1.65 * var ** 0.5 * lead_days[item] ** 0.5)
    reorder_point = round(avg * lead_days[item]) + safety
    qty = max(0, reorder_point * 2 - stock[item]) if stock[item] <= reorder_point else 0
    plan.append((item, round(avg, 2), safety, reorder_point, stock[item], qty))
    print(item, [round(m, 1) for m in moving_avg(hist, 3)])
print(f"{'item':<10}{'avg':>7}{'safety':>8}{'rop':>6}{'stock':>7}{'order':>7}")
for row in sorted(plan, key=lambda r: -r[5]):
    print(f'{row[0]:<10}{row[1]:>7}{row[2]:>8}{row[3]:>6}{row[4]:>7}{row[5]:>7}')
print('total units to order:', sum(r[5] for r in plan))
