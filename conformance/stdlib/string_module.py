# string: the character-class constants and capwords(s, sep=None).
import string


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    v = getattr(string, name)
    print(name, len(v), repr(v))
t(lambda: string.capwords(" hello   wORLD  "))
t(lambda: string.capwords("a-b--c", "-"))
t(lambda: string.capwords("éte été"))
t(lambda: string.capwords(""))
t(lambda: string.capwords("\tone\ntwo  three"))
t(lambda: string.capwords(s="x y", sep=" "))
t(lambda: string.capwords("x y", sep=None))
t(lambda: string.capwords())
t(lambda: string.capwords(1))
t(lambda: string.capwords("a", "b", "c"))
t(lambda: string.capwords("a", foo=1))
t(lambda: string.capwords("a", s="b"))
t(lambda: string.capwords("a b", ""))
t(lambda: "A" in string.ascii_uppercase and "7" in string.octdigits)
