# Zero padding with '0' before width: sign-aware for numbers, plain fill for strings.
for v in [42, -42, 0, 3.14159, -3.14159, float('inf'), float('-nan'), 10 ** 12]:
    print(f'[{v:08}] [{v:+08}] [{v:010.2f}] [{v:010,.1f}]' if isinstance(v, float)
          else f'[{v:08}] [{v:+08}] [{v:08x}] [{v:010,}]')
print(f'[{"ab":05}] [{"ab":<05}] [{"ab":>05}] [{"ab":^05}]')
print(f'[{-42:<08}] [{-42:>08}] [{-42:^08}] [{-42:x<08}] [{42:0=8}]')
print(f'[{1234567:012,}] [{1234567:012_}] [{-1234567:013,}] [{1234.5:012,.2f}]')
print(f'[{255:#010b}] [{255:#010o}] [{-255:#010x}] [{True:05}]')
print(f'[{0.000123:010.3e}] [{-1e100:015g}] [{12:03}] [{12345:03}]')
