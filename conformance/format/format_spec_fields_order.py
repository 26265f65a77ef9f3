# Order of spec components: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
specs = ['*>+#012,.2f', '<+8.3e', '^ 10.1%', '>-#10x', '_^+15,d', '0=+10.3f', '+#.3g', 'x<-#10b',
         '>z+8.1f', ' =12,']
for s in specs:
    for v in [1234.5678, -42] if 'x' not in s[-1:] and 'b' not in s[-1:] and 'd' not in s[-1:] else [255, -255]:
        try:
            print(repr(s), repr(v), f'[{v:{s}}]')
        except ValueError as e:
            print(repr(s), repr(v), type(e).__name__, e)
