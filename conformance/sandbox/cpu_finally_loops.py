# a finally block that loops forever is stopped too
try:
    while True:
        pass
finally:
    while True:
        pass
