import os, json, sys, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES
def cstr(s):
    out = []
    lines = s.split('\n')
    for i, line in enumerate(lines):
        t = line.replace('\\', '\\\\').replace('"', '\\"')
        if i < len(lines) - 1:
            t += '\\n'
        out.append('"' + t + '"')
    return '\n     '.join(out)
GAPS = {
    'cmp_to_key': 'vm.c: cmp_to_key keys compare by calling the function from C',
}
rows = []
for name, src in CASES:
    gap = GAPS.get(name)
    rows.append('    {"%s",\n     %s,\n     %s},' % (name, cstr(src), '"%s"' % gap if gap else 'NULL'))
table = 'static const Case cases[] = {\n' + '\n'.join(rows) + '\n};\n'
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test_prelude.c')
c = open(p).read()
c = re.sub(r'(#include "test_prelude_cases.h"\n|static const Case cases\[\] = \{\n.*?\n\};\n)', lambda m: table, c, flags=re.S)
open(p, 'w').write(c)
