# match: a keyword attribute may appear once in a class pattern
print("never printed")
match 1:
    case int(real=a, imag=b, real=c):
        pass
