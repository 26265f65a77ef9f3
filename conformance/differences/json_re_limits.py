# Difference: json nesting is bounded by the native depth limit; re flags are plain ints.
"""what: json.loads/json.dumps of data nested deeper than the VM's native depth limit
(max_c_depth, default 200) raise RecursionError, where CPython goes to about 1000 levels (its
recursion limit). re's flag constants are plain ints, so print(re.I) shows 2 where CPython
shows re.IGNORECASE; their values, and every use of them, are the same.
why: every recursion in C is bounded by max_c_depth so hostile data can never exhaust the
C stack (the sandbox contract); an IntFlag type for re is not written yet.
workaround: a host that needs deeper JSON raises max_c_depth in its KrConfig (or
--max-c-depth); code that prints a flag can print int(flag) or compare it instead.
"""
import json, re
deep = '[' * 300 + ']' * 300
try:
    json.loads(deep)
    print('parsed 300 levels')
except RecursionError as e:
    print('RecursionError', e)
print(len(json.dumps(json.loads('[' * 150 + ']' * 150))))
print(re.I, re.I | re.M, int(re.I), re.I == 2, bool(re.search('a', 'A', re.I)))
