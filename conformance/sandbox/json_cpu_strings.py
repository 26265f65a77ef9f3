# Long strings with escapes through loads and dumps in a loop: the time limit stops it
import json
s = "\u00e9\\\"\n\U0001F600" * 200000
while True:
    json.loads(json.dumps(s))
    json.loads(json.dumps(s, ensure_ascii=False))
