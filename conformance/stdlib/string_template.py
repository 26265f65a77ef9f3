# string.Template: $name, ${name}, $$, substitute/safe_substitute with mappings and keywords
from string import Template
import string

t = Template("$who likes $what; ${who}'s bill is $$${amount}.")
print(t.template)
print(t.substitute(who="tim", what="kung pao", amount=12))
print(t.substitute({"who": "ann", "what": "tea", "amount": 3.5}))
print(t.substitute({"who": "ann", "what": "tea", "amount": 3.5}, who="bob"))
print(t.substitute({"who": "ann"}, what=["x"], amount=(1, 2)))
print(t.safe_substitute(who="ann"))
print(t.safe_substitute())
print(t.safe_substitute({"amount": None}))
print(Template("$$$$ $$a $a$b $a$$").substitute(a=1, b=2))
print(Template("${a}b ${a}_ $a_ $a1 $_").safe_substitute(a=1, _=2))
print(Template("$A $a ${Zz9}").substitute(A="up", a="low", Zz9="mix"))
print(Template("$mapping").substitute(mapping=5))
print(Template("plain text").substitute(), Template("").substitute(x=1) == "")
print(Template("$x").substitute(x="é"), Template("é $x ü").substitute(x=1))
print(Template("$x.$y,$z!").substitute(x=1, y=2, z=3))
print(Template("cost: $ 5 and $").safe_substitute())
print(Template("${x ${y} ${ z} $1 ${}").safe_substitute(x=1, y=2, z=3))
print(Template("$a $b ${a} $c $$d $e").get_identifiers())
print(Template("$a $b ${a} $c $$d $").is_valid(), Template("$a $$").is_valid())
print(Template("").delimiter, Template(template="$q").substitute(q="kw"))
letters = Template("$" + " $".join(string.ascii_lowercase[:5]))
print(letters.substitute({c: i for i, c in enumerate(string.ascii_lowercase)}))
rows = [{"n": "apple", "q": 3}, {"n": "kiwi", "q": 12}]
row = Template("${n}: $q units")
for r in rows:
    print(row.substitute(r))
