# match: sequence patterns: lists/tuples/ranges, lengths, star captures, what is not a sequence
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [first, *rest] if not rest[1:]:
            return "three: first=%r rest=%r" % (first, rest)
        case [first, *middle, last]:
            return "many: %r .. %r (%d inside)" % (first, last, len(middle))
        case _:
            return "not a sequence: " + type(v).__name__

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], list(range(10)), range(0), range(1),
          range(4, 7), range(100), "", "ab", b"ab", b"", {}, {1: 2},
          set(), {1, 2}, frozenset([1]), 5, None, iter([1, 2])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", shape(v))

# Parenthesised and bracketed sequence patterns are the same; nested sequences
def pairs(v):
    match v:
        case ((a, b), [c, d]):
            return a + b + c + d
        case [(a, b), *others]:
            return ("first pair", a, b, len(others))
        case (a, b, c) if a == b == c:
            return "all equal"
        case _:
            return None

for v in [((1, 2), [3, 4]), [[1, 2], (3, 4)], [(5, 6), 1, 2], (1, 1, 1), (1, 1, 2), [[1, 2, 3]]]:
    print(v, "->", pairs(v))

# Star captures are always lists
match (1, 2, 3, 4, 5):
    case (a, *mid, b):
        print(a, mid, b, type(mid).__name__)
match range(3):
    case [*everything]:
        print(everything)
match [1, 2]:
    case [*before, 1, 2]:
        print("before", before)
match [1]:
    case [1, *after]:
        print("after", after)

# Wildcard stars only check the length
for v in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4]]:
    match v:
        case [_, _, _, *_]:
            print(v, "has at least 3")
        case [_, *_]:
            print(v, "has at least 1")

# First/last through a wildcard star, on a range (indexes from len())
match range(10, 50, 5):
    case [first, second, *_, last]:
        print(first, second, last)

# Literals inside sequences
def command(words):
    match words:
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["drop"]:
            return "drop what?"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "say something"

for line in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "dance now", ""]:
    print(repr(line), "->", command(line.split()))

# Long patterns
match list(range(12)):
    case [0, 1, 2, 3, *m, 10, 11]:
        print("middle", m)
