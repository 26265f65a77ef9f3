# match: an unguarded wildcard inside an OR pattern that is not last is a SyntaxError
print("never printed")
match 3:
    case 1 | _:
        pass
    case 2:
        pass
