# Program: retry with backoff bookkeeping, using a deterministic fake flaky operation.
attempts_log = []
def make_flaky(fail_times, exc):
    state = {'calls': 0}
    def op(x):
        state['calls'] += 1
        if state['calls'] <= fail_times:
            raise exc(f'attempt {state["calls"]} failed')
        return x * 2
    return op
def retry(fn, arg, tries=4, retry_on=(TimeoutError, ConnectionError)):
    delay = 0.5
    for attempt in range(1, tries + 1):
        try:
            result = fn(arg)
        except retry_on as e:
            attempts_log.append((attempt, type(e).__name__, delay))
            if attempt == tries:
                raise RuntimeError(f'gave up after {tries} attempts') from e
            delay *= 2
        else:
            return result
print(retry(make_flaky(0, TimeoutError), 5))
print(retry(make_flaky(2, ConnectionError), 6))
try:
    retry(make_flaky(10, TimeoutError), 7)
except RuntimeError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, e.__cause__)
try:
    retry(make_flaky(1, ValueError), 8)
except ValueError as e:
    print('not retried:', type(e).__name__, e)
for entry in attempts_log:
    print(entry)
print(issubclass(ConnectionRefusedError, ConnectionError), issubclass(TimeoutError, OSError))
