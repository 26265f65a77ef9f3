# match: at most one starred name in a sequence pattern
print("never printed")
match []:
    case [*a, 1, *b]:
        pass
