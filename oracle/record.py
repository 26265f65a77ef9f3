#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# oracle/record.py: record the expected output (<case>.py.exp) of conformance cases from CPython.
#
#   oracle/record.py [--check] [--lint] [--jobs N] [--python EXE] [paths...]
#
# Runs each case under the CPython pinned in conformance/CPYTHON_VERSION (python3 on PATH,
# version checked) with PYTHONHASHSEED=0 and writes <case>.py.exp beside it in the format
# described in conformance/README.md. Cases under conformance/sandbox/ and
# conformance/differences/ have hand-written expectations and are skipped. A case that times
# out or crashes CPython gets no .exp.
#
# --check  records nothing; reports cases whose fresh output differs from their .exp (used to
#          prove that cases are deterministic: record, then --check).
# --lint   also checks the case rules (first-line comment, no imports or classes, uncaught
#          exceptions only in uncaught_*.py) and counts violations as errors.
# --hash-seed N  (with --check) runs CPython with PYTHONHASHSEED=N instead of 0: a case whose
#          output changes depends on string hashing (e.g. prints a set of strings), which krait
#          does not reproduce.

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", help="case files or directories (default: conformance/)")
    ap.add_argument("--check", action="store_true", help="compare with existing .exp, write nothing")
    ap.add_argument("--lint", action="store_true", help="also enforce the case rules")
    ap.add_argument("--jobs", "-j", type=int, default=0, help="parallel runs (default: CPUs)")
    ap.add_argument("--python", default="python3", help="CPython executable (default: python3)")
    ap.add_argument("--timeout", type=float, default=common.DEFAULT_TIMEOUT)
    ap.add_argument("--hash-seed", type=int, default=0,
                    help="PYTHONHASHSEED for the runs (only with --check; default 0)")
    args = ap.parse_args()
    if args.hash_seed != 0 and not args.check:
        ap.error("--hash-seed is only allowed with --check (.exp files are recorded with seed 0)")

    argv = common.cpython_argv(args.python)
    cases = [c for c in common.collect_cases(args.paths) if not common.is_hand_written(c)]
    if not cases:
        sys.exit("error: no cases found")

    def run(case):
        return case, common.run_program(argv, case, args.timeout, args.hash_seed)

    written = unchanged = errors = 0
    for case, outcome in common.parallel_map(run, cases, args.jobs):
        name = common.display(case)
        if outcome.kind in ("timeout", "crash", "exit"):
            errors += 1
            print("ERROR %s: %s" % (name, outcome.detail))
            continue
        if args.lint:
            for problem in common.lint_case(case, outcome):
                errors += 1
                print("LINT  %s: %s" % (name, problem))
        data = outcome.render()
        exp = common.exp_path(case)
        old = exp.read_bytes() if exp.exists() else None
        if args.check:
            if old is None:
                errors += 1
                print("MISSING %s.exp" % name)
            elif old != data:
                errors += 1
                print("CHANGED %s" % name)
                print(common.diff_text(old, data, from_name="recorded", to_name="now"))
            else:
                unchanged += 1
            continue
        if old == data:
            unchanged += 1
        else:
            exp.write_bytes(data)
            written += 1
            print("wrote %s.exp" % name)
    if args.check:
        print("%d unchanged, %d problems" % (unchanged, errors))
    else:
        print("%d written, %d unchanged, %d problems" % (written, unchanged, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
