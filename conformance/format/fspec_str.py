# String format specs: only s or no type; precision truncates; width counts code points.
s = 'hello'
print(f'[{s}] [{s:s}] [{s:10s}] [{s:>10}] [{s:^10.3}] [{s:.0}] [{s:x<2}]')
print(f'[{"":^4}] [{"日本語":>6}] [{"é":.1}] [{"🙂🙂":^6}]')
for bad in ['d', 'f', 'x', '+', ',', '=', 'z', '#']:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(format('abc', ''), format('abc', 's'), format('abc', '<'), format('', 's'))
