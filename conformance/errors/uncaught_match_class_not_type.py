# match: the name in a class pattern must be a type, checked when the case is tried
print("first case fails, then:")
match 5:
    case str():
        pass
    case len():
        pass
