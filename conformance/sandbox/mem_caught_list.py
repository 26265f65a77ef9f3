# memory bomb caught: the VM is usable afterwards
for attempt in range(3):
    try:
        x = [0] * 10**10
    except MemoryError:
        print('MemoryError', attempt)
    x = None
print(sum(range(1000)))
