# Decoding a large document over and over: the time limit stops the loop inside json.loads
import json
doc = json.dumps([{"id": i, "name": "item %d" % i, "tags": ["a", "b"], "v": i / 3} for i in range(20000)])
while True:
    json.loads(doc)
