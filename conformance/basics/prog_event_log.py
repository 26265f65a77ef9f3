# Program: aggregate an event log: per-user sessions, durations, top actions, error rates.
log = """
100 alice login
105 alice view page=home
130 bob login
131 alice click btn=buy
140 bob view page=pricing
150 alice error code=500
151 alice logout
170 bob error code=404
171 bob error code=500
200 bob logout
210 carol login
215 carol view page=home
""".strip().splitlines()
events = []
for line in log:
    ts, user, action, *rest = line.split()
    attrs = dict(kv.split('=', 1) for kv in rest)
    events.append({'ts': int(ts), 'user': user, 'action': action, **attrs})
sessions = {}
for e in events:
    s = sessions.setdefault(e['user'], {'start': None, 'end': None, 'actions': []})
    if e['action'] == 'login':
        s['start'] = e['ts']
    elif e['action'] == 'logout':
        s['end'] = e['ts']
    else:
        s['actions'].append(e['action'])
for user, s in sessions.items():
    dur = s['end'] - s['start'] if s['end'] is not None else 'open'
    print(f"{user:6} duration={dur} actions={s['actions']}")
counts = {}
for e in events:
    counts[e['action']] = counts.get(e['action'], 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
errors = [e for e in events if e['action'] == 'error']
codes = {}
for e in errors:
    codes[e['code']] = codes.get(e['code'], 0) + 1
print(f'error rate {len(errors) / len(events):.1%}', dict(sorted(codes.items())))
