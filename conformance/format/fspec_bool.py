# bool formatting: empty spec gives True/False, any non-empty spec formats as the int.
for b in [True, False]:
    print(f'[{b}] [{b:}] [{b!s:>6}] [{b:>6}] [{b:d}] [{b:x}] [{b:.2f}] [{b:5}] [{b:<5}]')
print(format(True), format(True, ''), format(False, ''))
try:
    format(True, 's')
except ValueError as e:
    print(type(e).__name__, e)
print('%s %d %r %5s %-5s|' % (True, True, False, True, False))
print('{} {:d} {!r} {:>5}'.format(True, True, False, True))
