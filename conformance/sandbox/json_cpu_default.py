# default= callbacks in a loop that never ends: the time limit stops it
import json
n = 0
def conv(o):
    global n
    n += 1
    return [o, o]
json.dumps(b"x", default=conv, check_circular=False)
