# Systematic format-spec combinations for floats: types x precisions x flags over tricky values.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123456.789, 1e-5, 9.99995, 1e16, 2.5e-300]
types = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%']
precs = ['', '.0', '.1', '.3', '.8']
for v in vals:
    for t in types:
        print(f'{v!r:>12} {t!r:4}', ' '.join(f'{v:{p}{t}}' for p in precs))
for spec in ['+.2f', ' .2e', '#.0f', '#.3g', '010.2f', '<10.1%', '^+12,.2f', '_=+12.1f', 'z.2f', '+z08.1f']:
    print(f'{spec:10}', ' '.join(f'[{v:{spec}}]' for v in vals[:6]))
