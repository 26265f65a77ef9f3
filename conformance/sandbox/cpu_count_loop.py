# CPU bomb: itertools.count
import itertools
for i in itertools.count():
    pass
