# Program: table-driven state machine parsing a vending-machine event stream.
TRANSITIONS = {
    ('idle', 'coin'): 'paid',
    ('paid', 'coin'): 'paid',
    ('paid', 'select'): 'vending',
    ('paid', 'refund'): 'idle',
    ('vending', 'done'): 'idle',
}
def run(events):
    state, credit, out = 'idle', 0, []
    for ev in events:
        kind = ev.split(':')[0]
        key = (state, kind)
        if key not in TRANSITIONS:
            out.append(f'ignored {ev} in {state}')
            continue
        if kind == 'coin':
            credit += int(ev.split(':')[1])
        elif kind == 'refund':
            out.append(f'refund {credit}')
            credit = 0
        elif kind == 'select':
            price = {'tea': 120, 'water': 80}.get(ev.split(':')[1], 999)
            if price > credit:
                out.append(f'need {price - credit} more')
                continue
            credit -= price
            out.append(f'vend {ev.split(":")[1]}, change {credit}')
            credit = 0
        state = TRANSITIONS[key]
        out.append(f'-> {state}')
    return state, out
final, trace = run(['select:tea', 'coin:100', 'select:tea', 'coin:50', 'select:tea', 'done',
                    'coin:100', 'refund', 'done', 'coin:80', 'select:water', 'done'])
print(final)
print('\n'.join(trace))
