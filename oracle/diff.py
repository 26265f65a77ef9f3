#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# oracle/diff.py: run programs live under CPython and krait and compare what they print.
#
#   oracle/diff.py [--krait PATH] [--python EXE] [--jobs N] [-q] FILES...
#
# For each file, compares stdout plus the final uncaught exception line ("Type: message"), the
# same rendering as the recorded .exp files. Prints one verdict per file (with a diff when they
# differ) and ends with "N matched, M differed"; exit status 1 if anything differed.

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", help="Python files or directories")
    ap.add_argument("--krait", default="build/krait", help="krait binary (default: build/krait)")
    ap.add_argument("--python", default="python3", help="CPython executable (default: python3)")
    ap.add_argument("--jobs", "-j", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=common.DEFAULT_TIMEOUT)
    ap.add_argument("-q", "--quiet", action="store_true", help="print only files that differ")
    args = ap.parse_args()

    cpython = common.cpython_argv(args.python)
    krait = common.resolve_executable(args.krait)
    if krait is None:
        sys.exit("error: krait binary not found: %s" % args.krait)
    files = common.collect_cases(args.files)

    def run(path):
        want = common.run_program(cpython, path, args.timeout)
        got = common.run_program([krait], path, args.timeout)
        return path, want, got

    matched = differed = 0
    for path, want, got in common.parallel_map(run, files, args.jobs):
        name = common.display(path)
        a, b = want.render(), got.render()
        if a == b:
            matched += 1
            if not args.quiet:
                print("MATCH   %s" % name)
        else:
            differed += 1
            print("DIFFER  %s" % name)
            print(common.diff_text(a, b, from_name="cpython", to_name="krait"))
    print("%d matched, %d differed" % (matched, differed))
    return 1 if differed else 0


if __name__ == "__main__":
    sys.exit(main())
