# Program: bank ledger with validation errors, rollback on failure and a final statement.
accounts = {'alice': 100, 'bob': 50, 'carol': 0}
log = []
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError(f'invalid amount {amount}')
    if src not in accounts or dst not in accounts:
        raise KeyError(src if src not in accounts else dst)
    if accounts[src] < amount:
        raise RuntimeError(f'{src} has insufficient funds ({accounts[src]} < {amount})')
    accounts[src] -= amount
    accounts[dst] += amount
def batch(ops):
    snapshot = dict(accounts)
    try:
        for op in ops:
            transfer(*op)
    except (ValueError, KeyError, RuntimeError) as e:
        accounts.clear()
        accounts.update(snapshot)
        log.append(('rolled back', type(e).__name__, str(e)))
        return False
    else:
        log.append(('committed', len(ops)))
        return True
    finally:
        log.append(('balances', sorted(accounts.items())))
print(batch([('alice', 'bob', 30), ('bob', 'carol', 60)]))
print(batch([('carol', 'alice', 10), ('alice', 'carol', 1000)]))
print(batch([('alice', 'dave', 5)]))
print(batch([('bob', 'alice', -5)]))
print(batch([]))
for entry in log:
    print(entry)
print(accounts, sum(accounts.values()))
