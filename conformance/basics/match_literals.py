# match: literal patterns (== for numbers/strings/bytes, `is` for None/True/False), captures, wildcard, dotted value patterns
def kind(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case "":
            return "empty str"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "raw bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
        case 10_000:
            return "ten thousand"
        case 0x10:
            return "sixteen"
        case other:
            return "other: " + repr(other)

for v in [0, 0.0, -0.0, -1, -1.0, 2.5, -0.5, "", "hello!", b"raw", "raw", None, True, False,
          1, 1.0, 10000, 16, 16.0, 2, "0", [], (), b"", 99999999999999999999]:
    print(repr(v), "->", kind(v))

# True/False/None use identity: 1 is not True, 0 is not False
for v in [1, 0, True, False]:
    match v:
        case True:
            print(repr(v), "is True")
        case False:
            print(repr(v), "is False")
        case _:
            print(repr(v), "is neither")

# Dotted names are value patterns (compared with ==), bare names capture
def Color():
    pass
Color.RED = "red"
Color.GREEN = "green"
Color.sub = Color
Color.LUCKY = 7

def paint(c):
    match c:
        case Color.RED:
            return "matched RED"
        case Color.sub.GREEN:
            return "matched GREEN"
        case Color.LUCKY:
            return "matched LUCKY"
        case _:
            return "no color"

for c in ["red", "green", 7, 7.0, "blue", None]:
    print(repr(c), "->", paint(c))

# A capture binds the subject; the wildcard binds nothing
match 42:
    case answer:
        print("captured", answer)
_ = "untouched"
match 43:
    case _:
        print("wildcard; _ is still", _)

# A single `case _` consumes the subject; the match falls through when nothing matches
for v in [1, 2, 3]:
    match v:
        case 1:
            print("one")
        case 2:
            print("two")
    print("after", v)

# Strings compare by value, bytes never equal str
match "abc":
    case b"abc":
        print("bytes?")
    case "abc":
        print("str abc")

# Complex literals (real +/- imaginary) as values and keys; bytearray matches itself, not [*_]
for v in [1+2j, -1-1j, 2j, {3j: "x"}, bytearray(b"ab"), (1+2j, 2)]:
    match v:
        case 1+2j | -1-1j:
            print(repr(v), "complex literal")
        case {3j: s}:
            print(repr(v), "complex key ->", s)
        case [*_]:
            print(repr(v), "sequence")
        case bytearray(b) | complex(imag=b):
            print(repr(v), "bytearray or complex:", repr(b))
