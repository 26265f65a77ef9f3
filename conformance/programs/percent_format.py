# Old-style % formatting in a small report generator
records = [("widgets", 1200, 0.1234, -3), ("gizmos", 45, 0.5, 17), ("doodads", 7, 1.0, 0)]
print("%-10s %8s %8s %6s" % ("name", "count", "share", "delta"))
for name, count, share, delta in records:
    print("%-10s %8d %7.1f%% %+6d" % (name, count, share * 100, delta))
print("%s has %d items costing $%.2f (%5.1f%%)" % ("cart", 3, 19.999, 12.345))
print("%10.4s|%-10.2s|" % ("abcdefgh", "xyz"))
print("%x %X %#x %#o %o %08.3f %-8d| %e %E" % (3054, 3054, 3054, 8, 8, 3.14159, 42, 1234.5, 0.000123))
print("%g %g %g %g %G" % (100000, 1000000, 0.0001, 0.00001, 1e-20))
print("%5s|%-5s|%5d|%-5d|%05d" % ("a", "b", 1, 2, -3))
print("%c%c" % ("A", 66), "%%", "%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q")
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 2.25})
print("%.0f %.0f %.0f %.1f" % (0.5, 1.5, 2.5, 0.05))
print("%i %u %d" % (3.9, 4, True))
print("%s" % None, "%s %s" % (True, False), "%d%%" % 50)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%(missing)s" % {"x": 1})
except KeyError as e:
    print("KeyError:", e)
table = [(i, i * i, i ** 3, 2 ** i) for i in range(1, 11)]
for row in table:
    print("%3d %5d %6d %6d" % row)
print("%-*s|%*s|" % (8, "left", 8, "right"))
print("%.*f" % (3, 2.0 / 3))
print(b"%s %d %x %c %r" % (b"bytes", 5, 255, 65, b"q"))
