# Config loader that ends with an uncaught KeyError after printing partial results
config = {"name": "demo", "retries": 3, "timeout": 2.5}
required = ["name", "retries", "timeout", "endpoint"]
for key in required:
    value = config[key]
    print(f"{key:>8} = {value!r}")
print("unreachable")
