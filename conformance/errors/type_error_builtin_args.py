# Argument-count and argument-type errors raised by builtin functions.
calls = [lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: abs(1, 2), lambda: isinstance(1),
         lambda: range(), lambda: chr(), lambda: ord(), lambda: divmod(1), lambda: min(), lambda: sum(),
         lambda: zip(1), lambda: enumerate(), lambda: int(1, 2), lambda: float(1, 2), lambda: str(1, 2),
         lambda: list(1, 2), lambda: dict(1, 2), lambda: hash(), lambda: iter(), lambda: repr(),
         lambda: print(end=1), lambda: round(1, 2, 3), lambda: getattr(1), lambda: bool(1, 2),
         lambda: sorted(), lambda: reversed(), lambda: any(), lambda: callable(1, 2)]
for i, c in enumerate(calls):
    try:
        c()
    except TypeError as e:
        print(i, e)
