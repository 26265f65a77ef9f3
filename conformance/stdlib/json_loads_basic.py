# json.loads: values, numbers, strings and escapes, whitespace
import json
for s in ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-0.25', '1e3', '1E-3', '2.5e+2',
          '1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-9223372036854775809',
          '9223372036854775807', '0.1', '5e-324', '"x"', '""', '[]', '{}', '[1,2,3]',
          '{"a":1,"b":[true,false,null]}', ' \t\n\r 7 \r\n\t ', '[ 1 , 2 ]', '{ "a" : 1 }',
          'NaN', 'Infinity', '-Infinity', '[NaN,Infinity,-Infinity]', '1.0', '100e0', '0e0']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(repr(json.loads('"\\u0041\\u00e9\\u20AC\\uFFFF"')))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads('"\\ud83d"') == "\ud83d", len(json.loads('"\\ud83d"')))
print(json.loads('"\\ude00\\ud83d"') == "\ude00\ud83d")
print(json.loads('"\\ud83d\\u0041"') == "\ud83dA")
print(json.loads('"\\ud83d\\ud83d\\ude00"') == "\ud83d\U0001F600")
print(json.loads('"caf\u00e9 \U0001F600"') == "caf\u00e9 \U0001F600")
print(json.loads('["\u00e9", {"\u00e8": 1}]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"b": 1, "a": 2, "c": 3}'))
print(json.loads('[[[[[]]]]]'))
print(json.loads('{"a": {"b": {"c": {}}}}'))
print(json.loads('"a\\tb"'), repr(json.loads('"tab\there"', strict=False)))
print(repr(json.loads('"nl\nx\x00\x1f"', strict=False)))
print(json.loads('"\x7f"') == "\x7f")
v = json.loads('{"key": [1, 2], "other": {"key": 3}}')
print(v, list(v))
x = json.loads('[{"k": 1}, {"k": 2}]')
print([list(d)[0] for d in x])
print(json.loads('-0.0'), json.loads('-0'), json.loads('0.000001'), json.loads('1E+2'))
big = json.loads('[' + ','.join(str(i) for i in range(500)) + ']')
print(len(big), sum(big))
text = json.dumps({"users": [{"id": i, "name": "n%d" % i} for i in range(3)]})
print(json.loads(text) == {"users": [{"id": i, "name": "n%d" % i} for i in range(3)]})
print(json.loads(' "spaces" '))
