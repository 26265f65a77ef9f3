# string.Template errors: missing keys, invalid placeholders with line/column, bad arguments
from string import Template

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = Template("$who likes $what")
show(lambda: t.substitute(who="x"))
show(lambda: t.substitute({"what": 1}))
show(lambda: t.substitute({"what": 1}, x=2))
show(lambda: t.substitute())
show(lambda: Template("$").substitute())
show(lambda: Template("abc $ x").substitute())
show(lambda: Template("ab\ncd\r\nef\rgh $1").substitute())
show(lambda: Template("line1\n\nl3 $x $").substitute(x=1))
show(lambda: Template("é ü $!").substitute())
show(lambda: Template("${ab").substitute(ab=1))
show(lambda: Template("${a b}").substitute())
show(lambda: Template("$a $1").substitute())
show(lambda: Template("$1 $a").substitute())
show(lambda: Template("$a").substitute(5))
show(lambda: Template("x").substitute(5))
show(lambda: Template("x").substitute({}, {}))
show(lambda: Template("x").safe_substitute({}, {}, {}))
show(lambda: Template())
show(lambda: Template(1, 2))
show(lambda: Template(x=1))
show(lambda: Template("a", template="b"))
show(lambda: Template(5).substitute())
show(lambda: Template(5).safe_substitute())
show(lambda: Template(5).template)
show(lambda: Template(b"$x").substitute(x=1))
show(lambda: Template("$a").substitute({"a": 1}, a=2))
show(lambda: Template("$a").nope)
