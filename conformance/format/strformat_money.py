# Currency-style formatting: grouping, fixed decimals, negative amounts in parentheses.
def money(x, symbol='$'):
    s = f'{abs(x):,.2f}'
    return f'({symbol}{s})' if x < 0 else f'{symbol}{s}'
for v in [0, 1, 1234.5, -1234.5, 1e6, -0.004, 0.005, 0.015, 999999.995, 12345678.9]:
    print(f'{v!r:>12} -> {money(v):>16} {money(v, "EUR "):>20}')
ledger = [('rent', -1500), ('salary', 4200.5), ('food', -312.47), ('refund', 19.99)]
balance = 0
for what, amt in ledger:
    balance += amt
    print('{:<8}{:>14}{:>14}'.format(what, money(amt), money(balance)))
