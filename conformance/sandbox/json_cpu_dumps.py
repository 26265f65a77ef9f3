# One call of json.dumps that runs long (a shared subtree encoded a million times): time limit
import json
leaf = [{"a": [1.5, "x", None]}] * 1000
tree = [leaf] * 1000
json.dumps(tree, indent=2, sort_keys=True)
