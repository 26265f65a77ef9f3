# Exact messages of common mistakes in agent code: wrong types passed to builtins.
mistakes = [
    lambda: len(5), lambda: 'a' + 5, lambda: 5 + 'a', lambda: [1, 2] + None, lambda: int([1]),
    lambda: float(None), lambda: sum(['a', 'b']), lambda: sorted([1, 'a']), lambda: max('a', 1),
    lambda: {}['missing'], lambda: [][0], lambda: None.append(1), lambda: 'x'.append('y'),
    lambda: dict(1), lambda: set(5), lambda: tuple(1), lambda: 'abc'[5], lambda: (1, 2)[2],
    lambda: {'a': 1}.items()[0], lambda: round('1.5'), lambda: abs('1'), lambda: chr('a'),
    lambda: ord(''), lambda: range('5'), lambda: 'x' * 'y', lambda: [] * [], lambda: 1 < None,
    lambda: '5' > 3, lambda: {}.get(), lambda: list.append(1), lambda: str.join(',', 5),
]
for i, m in enumerate(mistakes):
    try:
        m()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
