# Inventory management with nested dicts, restocking, reports and error handling
inventory = {
    "widget": {"qty": 10, "price": 2.50, "tags": ["small", "metal"]},
    "gadget": {"qty": 0, "price": 12.99, "tags": ["electronic"]},
    "doohickey": {"qty": 25, "price": 0.75, "tags": []},
    "gizmo": {"qty": 3, "price": 149.0, "tags": ["electronic", "fragile"]},
}
orders = [("widget", 4), ("gadget", 1), ("gizmo", 3), ("sprocket", 2), ("widget", 7), ("doohickey", -1)]

def fulfil(item, n):
    if n <= 0:
        raise ValueError(f"bad quantity {n} for {item}")
    entry = inventory[item]
    if entry["qty"] < n:
        raise LookupError(f"only {entry['qty']} {item}(s) left")
    entry["qty"] -= n
    return n * entry["price"]

revenue = 0.0
failed = []
for item, n in orders:
    try:
        amount = fulfil(item, n)
    except KeyError as e:
        failed.append((item, "unknown item %s" % e))
    except LookupError as e:
        failed.append((item, str(e)))
    except ValueError as e:
        failed.append((item, e.args[0]))
    else:
        revenue += amount
        print(f"sold {n:>2} x {item:<10} = ${amount:>8.2f}")
print(f"revenue: ${revenue:,.2f}")
for f in failed:
    print("FAILED", *f)
low = sorted(name for name, e in inventory.items() if e["qty"] < 5)
print("low stock:", low)
for name in low:
    inventory[name]["qty"] += 10
by_tag = {}
for name, e in inventory.items():
    for t in e["tags"] or ["untagged"]:
        by_tag.setdefault(t, []).append(name)
for t in sorted(by_tag):
    print(f"{t:>12}: {sorted(by_tag[t])}")
value = {k: round(v["qty"] * v["price"], 2) for k, v in inventory.items()}
print(sorted(value.items(), key=lambda kv: kv[1], reverse=True))
print(max(inventory, key=lambda k: inventory[k]["price"]), min(inventory.values(), key=lambda e: e["qty"])["qty"])
