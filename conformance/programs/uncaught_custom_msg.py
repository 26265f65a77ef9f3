# Validation pipeline that re-raises a ValueError with a formatted message and chaining
def parse_age(s):
    try:
        age = int(s)
    except ValueError as e:
        raise ValueError(f"invalid age {s!r}") from e
    if age < 0:
        raise ValueError("age must be non-negative, got %d" % age)
    return age

for raw in ["42", "7", "-1"]:
    try:
        print(parse_age(raw))
    except ValueError as e:
        print("warning:", e)
print(parse_age("forty"))
