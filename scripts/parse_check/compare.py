#!/usr/bin/env python3
# scripts/parse_check/compare.py: diff krait's parser (pdump) against CPython's ast.dump.
# Usage: compare.py [-a] [--pdump PATH] files-or-dirs...   (-a: also compare locations)
# For files CPython rejects, compares the SyntaxError type, message, line and offset.
import ast, os, subprocess, sys, re

def cpython(src, attrs):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return "ERROR %s %s %s %s" % (type(e).__name__, e.lineno, e.offset, e.msg)
    except (ValueError, MemoryError, RecursionError) as e:
        return "ERROR %s" % type(e).__name__
    out = ast.dump(tree, include_attributes=attrs)
    return re.sub(r", kind='u'", "", out)

def main():
    args = sys.argv[1:]
    attrs = "-a" in args
    args = [a for a in args if a != "-a"]
    pdump = "/tmp/parser/pdump"
    if "--pdump" in args:
        i = args.index("--pdump"); pdump = args[i + 1]; del args[i:i + 2]
    files = []
    for a in args:
        if os.path.isdir(a):
            for root, _, fs in os.walk(a):
                files += [os.path.join(root, f) for f in sorted(fs) if f.endswith(".py")]
        else:
            files.append(a)
    ok = bad = 0
    for f in files:
        with open(f, "rb") as fh:
            raw = fh.read()
        try:
            src = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        exp = cpython(src, attrs)
        r = subprocess.run([pdump] + (["-a"] if attrs else []) + [f], capture_output=True)
        got = r.stdout.decode("utf-8", "replace").rstrip("\n")
        if r.returncode != 0:
            got += " [exit %d]" % r.returncode
        if got == exp:
            ok += 1
        else:
            bad += 1
            print("MISMATCH", f)
            if exp.startswith("ERROR") or got.startswith("ERROR"):
                print("  cpython:", exp[:300]); print("  krait:  ", got[:300])
            else:
                k = next((i for i in range(min(len(exp), len(got))) if exp[i] != got[i]), min(len(exp), len(got)))
                print("  cpython: ...%s" % exp[max(0, k - 150):k + 150]); print("  krait:   ...%s" % got[max(0, k - 150):k + 150])
    print("match %d/%d" % (ok, ok + bad))

main()
