#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# scripts/run_conformance.py: run the conformance cases under krait and compare with their .exp.
#
#   scripts/run_conformance.py [--krait PATH | --variant NAME] [--jobs N] [paths...]
#
# Every conformance/**/*.py that has a .exp beside it is run as `krait FILE.py` (default binary
# build/krait; --variant NAME uses build/NAME/krait) with a per-case timeout; its stdout and
# final exception line are rendered as in oracle/common.py and compared with the .exp. Each
# failure prints a unified diff (truncated). The last line is always "N passed, M failed"; the
# exit status is 1 if anything failed.
#
# Cases are dispatched on their mode (see case_mode): "oracle" cases compare with their .exp
# (recorded from CPython, or hand-written in differences/). "sandbox" cases (conformance/sandbox/, hand-written expectations, run
# with limits) get their own runner later; until then they are reported as skipped.

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "oracle"))
import common  # noqa: E402

PASS, FAIL, SKIP = "pass", "fail", "skip"


def case_mode(case):
    """Which runner handles [case]: "oracle" or "sandbox"."""
    return "sandbox" if common.area(case) == "sandbox" else "oracle"


def run_oracle_case(krait, case, args):
    """Run [case] under [krait]; compare with its recorded .exp."""
    exp = common.exp_path(case)
    if not exp.exists():
        return SKIP, "no .exp"
    expected = exp.read_bytes()
    outcome = common.run_program([krait], case, args.timeout)
    actual = outcome.render()
    if actual == expected:
        return PASS, ""
    report = common.diff_text(expected, actual, max_lines=args.diff_lines)
    if outcome.kind in ("crash", "timeout", "exit") and outcome.stderr:
        tail = outcome.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        report += "\n--- stderr (last lines):\n" + "\n".join(tail)
    return FAIL, report


def run_sandbox_case(krait, case, args):
    # TODO(sandbox): run with the limits named in the case header and compare with the
    # hand-written .exp.
    return SKIP, "sandbox mode not implemented yet"


RUNNERS = {"oracle": run_oracle_case, "sandbox": run_sandbox_case}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", help="case files or directories (default: conformance/)")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--krait", help="krait binary or command (default: build/krait)")
    group.add_argument("--variant", help="use build/VARIANT/krait")
    ap.add_argument("--jobs", "-j", type=int, default=0, help="parallel runs (default: CPUs)")
    ap.add_argument("--timeout", type=float, default=common.DEFAULT_TIMEOUT,
                    help="seconds per case (default: %(default)s)")
    ap.add_argument("--diff-lines", type=int, default=40, help="truncate each diff to N lines")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing cases")
    args = ap.parse_args()

    spec = args.krait or ("build/%s/krait" % args.variant if args.variant else "build/krait")
    cases = [c for c in common.collect_cases(args.paths)
             if case_mode(c) != "oracle" or common.exp_path(c).exists()]
    krait = common.resolve_executable(spec)
    if krait is None:
        print("error: krait binary not found: %s" % spec)
        print("0 passed, %d failed" % len(cases))
        return 1

    def run(case):
        return case, RUNNERS[case_mode(case)](krait, case, args)

    start = time.monotonic()
    counts = {PASS: 0, FAIL: 0, SKIP: 0}
    for case, (verdict, report) in common.parallel_map(run, cases, args.jobs):
        counts[verdict] += 1
        name = common.display(case)
        if verdict == FAIL:
            print("FAIL %s" % name)
            print(report)
            print()
        elif args.verbose:
            print("%s %s%s" % (verdict.upper(), name, " (%s)" % report if report else ""))
        sys.stdout.flush()
    label = args.variant or spec
    elapsed = time.monotonic() - start
    if counts[SKIP]:
        print("[%s] %d skipped" % (label, counts[SKIP]))
    print("[%s] %d cases in %.1fs" % (label, counts[PASS] + counts[FAIL], elapsed))
    print("%d passed, %d failed" % (counts[PASS], counts[FAIL]))
    return 1 if counts[FAIL] else 0


if __name__ == "__main__":
    sys.exit(main())
