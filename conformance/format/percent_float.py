# %-formatting floats: %f %F %e %E %g %G with precision, flags, specials and ints as floats.
for v in [0.0, -0.0, 1.5, -2.675, 1234567.891, 1e-7, 1e22, float('inf'), float('nan'), 3]:
    print('%f|%.2f|%e|%.1E|%g|%G|%10.3f|%-10.1e|%+.0f|%#.0f' % ((v,) * 10))
print('%.0f %.0f %.0f %.0f' % (0.5, 1.5, 2.5, 3.5), '%.2f' % 2.675, '%.3g' % 1234.5)
print('%5.1f%%' % 99.5, '%08.2f' % -3.14159, '% .3f' % 2.0, '%F' % float('inf'))
try:
    '%f' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%f' % None
except TypeError as e:
    print(type(e).__name__, e)
