# %-formatting integers: %d %i %u %x %X %o with flags, widths, big and negative values.
for n in [0, 7, -7, 255, -255, 2 ** 70, True]:
    print('%d|%i|%u|%x|%X|%o|%5d|%-5d|%05d|%+d|% d|%#x|%#o|%#X' % ((n,) * 14))
print('%d' % 3.99, '%d' % -3.99, '%x' % 255, '%i' % True, '%d' % 10 ** 20)
print('%.3d|%.0d|%5.3d|%-8.4x|%08.3d' % (7, 0, 7, 255, 7))
try:
    '%x' % 3.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%d' % '5'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%o' % None
except TypeError as e:
    print(type(e).__name__, e)
