# str.format positional/keyword/indexed fields and format specs on many types
print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[0]} {0[2]} {1[x]} {1[y]}".format([10, 20, 30], {"x": "X", "y": "Y"}))
point = (3, 4)
print("x={0[0]}, y={0[1]}".format(point))
print("{:<8}|{:>8}|{:^8}|{:*^9}|".format("l", "r", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}|{:,d}|{:_d}".format(42, 42, 42, 42, 42, 4200000, 4200000))
print("{:.3f}|{:10.2e}|{:g}|{:G}|{:%}|{:.1%}".format(3.14159, 31415.9, 0.00001, 1e-10, 0.5, 0.123))
print("{:b}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#x}|{:c}".format(10, 10, 255, 255, 5, 8, 255, 97))
print("{!r}|{!s}|{!a}|{!r:>8}|".format("hi", "hi", "é", 1))
print("{{}} {{{}}} {}".format("x", "y"))
print("{:>{}}|{:.{}f}|{:{}{}{}}".format("w", 5, 3.14159, 2, "z", "^", 5, ""))
print("{0:{1}}".format(12, "08b"))
print("{:s}".format("text"), "{:}".format(5), "{:n}".format(1234))
print("{:=10d}|{:=+10.2f}|{:0=10d}".format(-12, 3.5, -7))
print("{:>10s}|{:^10.3s}|".format("abc", "abcdef"))
print(format(3, "04"), format("x", ">3"), format(2.5), format(10**20, ",").count(","))
print("{:,.3f} {:_.1f} {:,}".format(1234567.89123, 9876543.21, 123456789.5))
print("{0.real} {0.imag}".format(5), "{.__name__}".format(len))
for fmt in ("{:e}", "{:.0e}", "{:#.0e}", "{:#.0f}", "{:#g}", "{:.10g}", "{:.2g}"):
    print(fmt, fmt.format(1234.5))
for bad in ("{", "}", "{0!x}", "{:d}", "{0} {}", "{1}"):
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
