# Vending machine state machine driven by a list of events, with global state
state = "idle"
credit = 0
stock = {"A1": ["cola", 150, 2], "A2": ["chips", 100, 0], "B1": ["candy", 85, 5]}
sales = []

def handle(event, arg=None):
    global state, credit
    if event == "coin":
        if arg not in (5, 10, 25, 100):
            return f"rejected coin {arg}"
        credit += arg
        state = "has_credit"
        return f"credit {credit}"
    if event == "select":
        if state != "has_credit":
            return "insert coins first"
        if arg not in stock:
            return f"no such slot {arg}"
        name, price, qty = stock[arg]
        if qty == 0:
            return f"{name} sold out"
        if credit < price:
            return f"need {price - credit} more for {name}"
        stock[arg][2] -= 1
        credit -= price
        sales.append((arg, name, price))
        change, credit = credit, 0
        state = "idle"
        return f"vend {name}, change {change}"
    if event == "refund":
        amount, credit = credit, 0
        state = "idle"
        return f"refund {amount}"
    raise ValueError(f"unknown event {event}")

events = [("select", "A1"), ("coin", 100), ("coin", 3), ("select", "A1"), ("coin", 25),
          ("coin", 25), ("select", "A1"), ("coin", 100), ("select", "A2"), ("select", "C9"),
          ("refund",), ("coin", 100), ("select", "B1"), ("kick",)]
for ev in events:
    try:
        print(f"{str(ev):<18} {state:<11} -> {handle(*ev)}")
    except ValueError as e:
        print("error:", e)
print(sales, sum(p for _, _, p in sales))
print({k: v[2] for k, v in stock.items()})
