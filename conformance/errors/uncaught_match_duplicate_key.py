# match: duplicate literal keys in a mapping pattern (1 and 1.0 are equal)
print("never printed")
match {}:
    case {1: a, "k": b, 1.0: c}:
        pass
