# Program: token-bucket rate limiter and sliding-window counter driven by fake timestamps.
def token_bucket(rate, capacity):
    state = {'tokens': capacity, 'last': 0.0}
    def allow(now, cost=1):
        elapsed = now - state['last']
        state['tokens'] = min(capacity, state['tokens'] + elapsed * rate)
        state['last'] = now
        if state['tokens'] >= cost:
            state['tokens'] -= cost
            return True
        return False
    return allow
allow = token_bucket(rate=2.0, capacity=3)
times = [0.0, 0.1, 0.2, 0.3, 0.4, 1.0, 1.1, 1.2, 3.0, 3.0, 3.0, 3.0]
print([allow(t) for t in times])
def sliding_window(limit, window):
    hits = []
    def allow(now):
        while hits and hits[0] <= now - window:
            hits.pop(0)
        if len(hits) < limit:
            hits.append(now)
            return True
        return False
    return allow
sw = sliding_window(3, 10)
events = [0, 1, 2, 3, 9, 10, 11, 12, 13, 25]
print([(t, sw(t)) for t in events])
