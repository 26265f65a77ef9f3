# Config loader that validates settings and ends with an uncaught KeyError for a missing key
config = {"name": "demo", "retries": 3, "timeout": 2.5, "verbose": False}
defaults = {"retries": 1, "timeout": 10.0, "verbose": True, "colour": "auto"}
merged = {**defaults, **config}
for key in sorted(merged):
    source = "config" if key in config else "default"
    print(f"{key:>8} = {merged[key]!r:<8} ({source})")
types = {"name": str, "retries": int, "timeout": float, "verbose": bool, "colour": str}
problems = [k for k, t in types.items() if not isinstance(merged.get(k), t)]
print("type problems:", problems)
if merged["retries"] > 5:
    print("too many retries")
budget = merged["retries"] * merged["timeout"]
print(f"worst-case wait: {budget:.1f}s")
flags = [k for k, v in merged.items() if v is True or v is False]
print("flags:", sorted(flags))
required = ["name", "retries", "timeout", "endpoint"]
for key in required:
    value = config[key]
    print(f"required {key} present: {value!r}")
print("unreachable")
