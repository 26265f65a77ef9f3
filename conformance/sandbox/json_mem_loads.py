# A huge array of small values decoded by json.loads: the memory limit holds (MemoryError)
import json
doc = "[" + "[1, {}, \"s\"]," * 300000 + "0]"
v = json.loads(doc)
print(len(v))
