# str.format with type-specific default alignment and explicit specs across many values.
values = [0, -7, 3.5, 'txt', True, None, 10 ** 15, -0.0]
for v in values:
    print('[{0!s:>8}] [{0!r:<8}] [{1:^8}]'.format(v, str(v)))
for v in values[:3]:
    print('[{:8}] [{:<8}] [{:^8}] [{:>8}] [{:=+8}] [{:08}]'.format(v, v, v, v, v, v))
