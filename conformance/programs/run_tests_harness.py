# Minimal test harness: runs test functions from a dict, reports pass/fail/error counts
def test_addition():
    assert 1 + 1 == 2

def test_string_upper():
    assert "abc".upper() == "ABC", "upper failed"

def test_failing():
    assert [1, 2] == [2, 1], "lists differ"

def test_error():
    return {}["missing"]

def test_division():
    assert 7 // 2 == 3 and -7 // 2 == -4

def test_float():
    assert abs(0.1 + 0.2 - 0.3) < 1e-9

def test_bad_type():
    return len(None)

tests = {name: fn for name, fn in sorted(globals().items()) if name.startswith("test_")} if False else {
    "test_addition": test_addition, "test_string_upper": test_string_upper,
    "test_failing": test_failing, "test_error": test_error, "test_division": test_division,
    "test_float": test_float, "test_bad_type": test_bad_type}
results = {"pass": [], "fail": [], "error": []}
for name in sorted(tests):
    try:
        tests[name]()
    except AssertionError as e:
        results["fail"].append((name, str(e) or "assertion failed"))
        status = "FAIL"
    except Exception as e:
        results["error"].append((name, f"{type(e).__name__}: {e}"))
        status = "ERROR"
    else:
        results["pass"].append((name, ""))
        status = "ok"
    print(f"{name:.<30}{status:>6}")
print()
for kind in ("fail", "error"):
    for name, msg in results[kind]:
        print(f"{kind.upper()}: {name} - {msg}")
n = sum(len(v) for v in results.values())
print(f"Ran {n} tests: {len(results['pass'])} passed, {len(results['fail'])} failed, {len(results['error'])} errors")
print("OK" if not results["fail"] and not results["error"] else "FAILED (failures=%d, errors=%d)" % (len(results["fail"]), len(results["error"])))
