# json.JSONDecodeError: class, attributes, hierarchy, json.decoder, catching
import json
import json.decoder
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, json.decoder.JSONDecodeError is JSONDecodeError)
print(JSONDecodeError.__name__, JSONDecodeError.__module__, JSONDecodeError)
print(issubclass(JSONDecodeError, ValueError), issubclass(JSONDecodeError, Exception))
print(JSONDecodeError.__mro__)
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print(type(e), type(e).__name__)
    print(repr(e))
    print(str(e))
    print(e.args)
    print(e.msg, e.pos, e.lineno, e.colno)
    print(e.doc)
doc = 'line one\n[1,\n  2,\n  oops]'
try:
    json.loads(doc)
except JSONDecodeError as e:
    print(e.msg, "|", e.lineno, e.colno, e.pos, repr(doc[e.pos]))
try:
    json.loads('\u00e9\u00e8\n  \u00e7')
except JSONDecodeError as e:
    print(e, e.colno)
try:
    json.loads('{"\U0001F600": 1, "b" 2}')
except JSONDecodeError as e:
    print(e, e.pos)
def parse(s):
    try:
        return json.loads(s)
    except json.JSONDecodeError as err:
        return "bad json at %d:%d: %s" % (err.lineno, err.colno, err.msg)
print(parse('{"ok": true}'))
print(parse('{"ok": tru}'))
print(parse('[1, 2]   trailing'))
try:
    try:
        json.loads('[')
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
