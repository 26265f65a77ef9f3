# A huge indent string times a deep nesting: output size checked against the memory limit
import json
v = []
for i in range(150):
    v = [v]
print(len(json.dumps(v, indent=" " * 100000)))
