# Integer format specs of the fast path (fill, align, zero padding, width) and their neighbours.
vals = [0, 5, -5, 123, -123, 99999, -2**63, 2**63 - 1, 7]
specs = ['', 'd', '5', '05', '5d', '<5', '>5', '^5', '^6', '=6', '*<6', '*>6', '*^7', '*=7', '0<6', '0>6', '0=6', '0^6',
         '<05', '>05', '^05', '=05', 'x<05', '-^9', '00', '000', '1', '0', '010d', '>', '<', '^', '=', 'a<', '+5', ' 5', ',', '_', '#5', '.2', '5.1', 'x', 'b', '=>5', '<<5', '0005']
for v in vals:
    for s in specs:
        try:
            print(repr(s), repr(format(v, s)), repr(f'{v:{s}}'))
        except Exception as e:
            print(repr(s), type(e).__name__, e)
print(repr(format(True, '05')), repr(format(False, '>3')))
