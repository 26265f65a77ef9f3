# Number formatting tables: bases, widths, signs, thousands separators, percentages
print("{:>6} {:>10} {:>8} {:>6} {:>12}".format("dec", "bin", "oct", "hex", "sci"))
for n in [0, 1, 7, 255, 1024, 65535, 123456789]:
    print("{0:>6} {0:>#10b} {0:>#8o} {0:>#6x} {1:>12.3e}".format(n if n < 10**6 else n % 10**6, float(n)))
print()
vals = [3.14159, -2.5, 1234567.891, 0.000123, 1e21, -0.0, 100.0]
for v in vals:
    print(f"|{v:10.2f}|{v:<+12.4g}|{v:^14,.1f}|{v:e}|{v:%}|")
print()
for n in (1000, -1234567, 10**12, 7):
    print(f"{n:,} {n:_} {n:+08d} {n: d} {n:x} {n:_b}"[:70])
print("%5.1f%% done" % 42.456)
print("%-10s|%10s|" % ("left", "right"))
print("%+d %+d % d" % (5, -5, 5))
print("%05.1f %x %X %o %e %G" % (3.14159, 255, 255, 8, 12345.678, 0.00001234))
print("%c%c%c" % (72, 105, 33))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%.3s" % "abcdef")
print("%r %s %a" % ("tab\t", "tab\t", "caf\xe9"))
print(format(1234.5, ",.2f"), format(0.5, ".0%"), format(42, "08b"), format(-42, "#x"))
print(format(12345678.9, "_.3f"), format(1e-7, "g"), format(123456789.0, "g"), format(1e16, ".0f"))
print("{:.2f} {:.0f} {:.0f} {:.0f} {:.0f}".format(2.675, 0.5, 1.5, 2.5, -0.5))
print("{:=+10.3f}|{:*^11}|{:>{w}.{p}f}".format(3.14159, "mid", 2.71828, w=9, p=2))
print("{!r:>8} {!s:<6}|".format("x", 3.0))
