# Doubling a document through json.dumps: the memory limit stops it (MemoryError)
import json
s = json.dumps(["x" * 1000] * 1000)
while True:
    s = json.dumps([s, s, {"k": s}], indent=2)
