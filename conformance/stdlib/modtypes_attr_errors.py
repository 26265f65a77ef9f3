# AttributeError on a class prints tp_name: module-qualified for C types of a module
import itertools, re, json, functools
for c in [itertools.count, re.Pattern, functools.partial, json.JSONDecodeError, re.error, int]:
    try:
        c.nope
    except AttributeError as e:
        print(e)
