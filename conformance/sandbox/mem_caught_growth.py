# memory bomb caught: the VM is usable afterwards
for attempt in range(3):
    try:
        x = None
        x = []
        while True: x.append([0] * 1000)
    except MemoryError:
        print('MemoryError', attempt)
    x = None
print(sum(range(1000)))
