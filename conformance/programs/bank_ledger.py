# Bank ledger with dict accounts, transaction log and overdraft exceptions
accounts = {}
history = []

class_names = None  # not a class, just a placeholder variable name

def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = initial
    history.append(("open", name, initial))

def deposit(name, amount):
    accounts[name] += amount
    history.append(("dep", name, amount))

def withdraw(name, amount):
    if accounts[name] < amount:
        raise ArithmeticError("overdraft on %s: balance %d, need %d" % (name, accounts[name], amount))
    accounts[name] -= amount
    history.append(("wd", name, amount))

ops = [
    (open_account, "alice", 100), (open_account, "bob"), (deposit, "bob", 40),
    (withdraw, "alice", 30), (withdraw, "bob", 100), (open_account, "alice"),
    (deposit, "carol", 5), (withdraw, "alice", 70), (deposit, "alice", 12),
]
for fn, *args in ops:
    try:
        fn(*args)
        print("ok  ", fn.__name__, args)
    except KeyError as e:
        print("fail", fn.__name__, "no such account", e)
    except (ValueError, ArithmeticError) as e:
        print("fail", fn.__name__, type(e).__name__, e)
print()
print("%-8s %8s" % ("account", "balance"))
for name, bal in sorted(accounts.items()):
    print("%-8s %8.2f" % (name, bal))
print("total: {:,}".format(sum(accounts.values())))
kinds = {}
for kind, *_ in history:
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)
print(history[-3:])
