# an except block that loops forever is stopped too
try:
    raise ValueError
except ValueError:
    while True:
        pass
