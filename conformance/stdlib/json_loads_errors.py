# json.loads errors: every JSONDecodeError message, with msg/pos/lineno/colno
import json
cases = ['', ' ', '\n', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1:2]',
         '{"a"', '{"a" 1}', '{"a":', '{"a":}', '{"a":1', '{"a":1,', '{"a":1,}', '{"a":1 "b":2}',
         '{1:2}', "{'a':1}", '{"a":1}}', '[]]', '1 2', '"abc" "d"', 'nul', 'nulll', 'tru', 'True',
         'fals', 'none', 'NaNx', 'nan', 'inf', '-Inf', 'Infinit', '-', '--1', '+1', '.5', '01',
         '-01', '1.', '1.e3', '1e', '1e+', '1.5.3', '0x10', '1_000', '"abc', '"ab\\', '"\\',
         '"\\q"', '"\\x41"', '"\\u"', '"\\u12"', '"\\u12"x', '"\\u12x4"', '"\\uGGGG"',
         '"\\u0041', '"\\ud800\\u', '"\\ud800\\udc0"', '"\\ud800\\uzzzz"', '"\\ud800\\x"',
         '"a\x00b"', '"a\nb"', '"tab\t"', '"\x1f"', '\ufeff[1]', '\ufeff',
         '\n\n  [1,\n  ?]', '[1,\n2,\n\n   x]', '{\n"a":\n}', '"\u00e9\u00e9" x',
         '["\u00e9", \u00e8]', '\u00e9', '[1]\n\n  x', '{"\u00e9": 1,\n "\U0001F600": ?}',
         '[' * 3 + ']' * 2, '{"a": [1, {"b": }]}', '[true false]', '[1,,2]', '[1]\x00']
for s in cases:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
        print("  ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s, e.args == (str(e),))
for bad in [None, 1, 1.5, [], {}, ["[]"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
try:
    json.loads('{"a" 1}')
except Exception as e:
    print(isinstance(e, json.JSONDecodeError), isinstance(e, ValueError), type(e).__name__)
for args, kw in [((), {}), (("1", "2"), {}), (("1",), {"s": "2"}), (("1",), {"foo": 1}),
                 ((), {"s": "[1]"}), (("1",), {"object_hook": None, "bogus": 2})]:
    try:
        print(json.loads(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
