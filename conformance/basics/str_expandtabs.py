# str.expandtabs: default tabsize 8, custom sizes, column reset at newlines, zero/negative.
s = 'a\tbc\tdef\tghij\t|'
print(repr(s.expandtabs()))
for n in [0, 1, 2, 4, 5, -1]:
    print(n, repr(s.expandtabs(n)))
print(repr('12345678\t9'.expandtabs()), repr('\t'.expandtabs(3)), repr(''.expandtabs()))
print(repr('ab\ncd\tx\r\tz'.expandtabs(4)))
print(repr('ü\tx'.expandtabs(4)), repr('no tabs'.expandtabs(2)))
print(repr('a\tb'.expandtabs(tabsize=3)))
