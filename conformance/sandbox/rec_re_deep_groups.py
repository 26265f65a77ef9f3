# Deep group nesting in a pattern: the parser's C depth is bounded (RecursionError), no crash
import re
try:
    re.compile("(" * 100000 + "a" + ")" * 100000)
    print("compiled")
except RecursionError as e:
    print("RecursionError")
p = re.compile("(" * 50 + "a" + ")" * 50)
print(p.groups, p.match("a").span(50))
