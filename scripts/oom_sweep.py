#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# scripts/oom_sweep.py: rerun conformance cases with the n-th allocation failing, for every n
# (or a stride), under the ASan build, and check that each run ends cleanly.
#
#   scripts/oom_sweep.py [paths...] [--filter RE] [--stride S] [--budget B] [--max-n N]
#                        [--jobs J] [--driver PATH] [--quick] [--log FILE] [--no-sandbox]
#                        [--no-lsan] [--max-base-seconds S] [--time-limit S] [-v]
#
# How: build/asan/tests/test_oom --sweep (tests/test_oom.c) reads a case once and forks one
# child per n; each child runs the case exactly as `krait FILE` does, with the n-th allocation
# after VM creation failing (interp/faults.h; `krait --fail-after N FILE` reproduces one run),
# frees the VM and exits, so LeakSanitizer and the VM's own accounting check (kr_vm_free) look
# for leaks after every run (--no-lsan leaves the accounting check only). n = 0 first counts
# the allocations K of a normal run (the baseline); then n = 1, 1+S, ..., K (the last one
# always) with S = max(--stride, ceil(K / --budget)); --max-n caps n. Failures inside
# kr_vm_new itself are covered by the self-test of tests/test_oom.c (a failing host allocator).
# Failures are grouped by their innermost interpreter frames at the end, each with a command
# that reproduces it.
#
# Verdicts for one run, against the baseline run of the same case:
#   crash     a sanitizer report, a signal, or the accounting mismatch of a leak  -> FAIL
#   hang      the child's timeout expired (SIGALRM)                                -> FAIL
#   internal  exit 70 (the VM poisoned itself)                                     -> FAIL
#   ok        exit 0 with the baseline's stdout                                    -> pass
#   memerr    exit 1, last stderr line "MemoryError...", and stdout a prefix of the baseline's
#             stdout (what was printed before the failure was right)               -> pass
#   same      the baseline's outcome again (its exception, its exit status; or its exception
#             type with "<exception str() failed>" as CPython prints when rendering the message
#             fails, or without the "Did you mean" suggestion, which CPython also drops when
#             computing it fails)                                                  -> pass
#   caught    the program can catch MemoryError itself (CPython semantics: it is an ordinary
#             Exception): exit 0 or another error with a different stdout is accepted when
#             either "MemoryError" appears in the output/traceback, or the source has a handler
#             broad enough to catch it (bare `except:`, `except Exception`, `BaseException`,
#             `MemoryError`) -> pass, counted apart. Without such a handler a MemoryError cannot
#             vanish, so a different answer with exit 0 is a swallowed error     -> FAIL (wrong)
#   limit     exit 3 when the baseline stopped at a limit too (sandbox cases)      -> pass
#   anything else (another exception, a wrong answer with exit 0, a stdout that is not a prefix
#   before a MemoryError)                                                          -> FAIL (wrong)
# Sandbox cases (conformance/sandbox/) run with the limits of their .sandbox file; those whose
# baseline stops at a time limit are skipped (their allocation count is not reproducible).
#
# The last line is "N passed, M failed" counting cases (a case passes when all its runs do);
# exit status 1 if any failed. --quick sweeps a fixed sample in well under two minutes.

import argparse
import concurrent.futures
import math
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "conformance"

# The --quick sample: small cases swept at every n, bigger ones with a budget.
QUICK_CASES = [
    "basics/aliasing_nested.py",
    "basics/closure_nonlocal.py",
    "basics/comprehension_exceptions.py",
    "basics/dict_methods.py",
    "basics/dict_views_setops.py",
    "basics/exception_context.py",
    "basics/generator_coroutine_pipeline.py",
    "basics/int_big_str_roundtrip.py",
    "basics/int_pow_big.py",
    "basics/list_compare.py",
    "basics/builtin_callable.py",
    "basics/assign_augmented_int.py",
    "errors/",
    "format/",
    "stdlib/",
    "programs/",
]
QUICK_BUDGET = 40      # runs per case at most
QUICK_MAX_CASES = 28   # cases taken from the sample after expanding directories
QUICK_TIME = 100       # seconds: no new case starts after this (the sample is then cut short)

SANITIZER_MARKERS = ("runtime error:", "ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                     "WARNING: AddressSanitizer", "accounting mismatch")
BROAD_HANDLER = re.compile(
    r"except\s*:|except\s*\(?[^:\n]*\b(?:Exception|BaseException|MemoryError)\b")
FAULTS_LINE = re.compile(rb"^krait-faults: .*\n?", re.M)
PASS_VERDICTS = ("ok", "memerr", "same", "caught", "limit")


def sandbox_limits(case):
    """(limits argv, expects) from the case's .sandbox file, or None for an oracle case."""
    spec = case.with_name(case.name + ".sandbox")
    if not spec.exists():
        return None
    limits, expects = [], []
    for line in spec.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(":")
        if not sep or line.lstrip().startswith("#"):
            continue
        if key.strip() == "limits":
            limits += shlex.split(value)
        elif key.strip() == "expect":
            expects += [v.strip() for v in value.split("|") if v.strip()]
    return limits, expects


def collect(paths, filt, no_sandbox):
    found = set()
    for spec in paths or [str(CONFORMANCE)]:
        p = Path(spec)
        if not p.exists() and (CONFORMANCE / spec).exists():
            p = CONFORMANCE / spec
        if not p.exists() and (ROOT / spec).exists():
            p = ROOT / spec
        if p.is_dir():
            found.update(q.resolve() for q in p.rglob("*.py"))
        elif p.is_file():
            found.add(p.resolve())
        else:
            sys.exit("oom_sweep: no such case or directory: %s" % spec)
    cases = sorted(found)
    if filt:
        rx = re.compile(filt)
        cases = [c for c in cases if rx.search(str(c))]
    if no_sandbox:
        cases = [c for c in cases if "sandbox" not in c.relative_to(CONFORMANCE).parts[:1]]
    return cases


class Run:
    __slots__ = ("n", "how", "code", "out", "err", "count")

    def __init__(self, n, how, code, out, err):
        self.n, self.how, self.code, self.out = n, how, code, out
        m = re.search(rb"krait-faults: allocations (\d+)", err)
        self.count = int(m[1]) if m else None
        self.err = FAULTS_LINE.sub(b"", err)


def parse_records(data, expect_out):
    """Records of test_oom --sweep (see tests/test_oom.c)."""
    runs, i = [], 0
    while i < len(data):
        j = data.index(b"\n", i)
        head = data[i:j].split()
        i = j + 1
        n, how, code = int(head[1]), head[2].decode(), int(head[3])
        blobs = []
        for _ in range(2):
            j = data.index(b"\n", i)
            tag = data[i:j].split()
            i = j + 1
            if tag[1] == b"same":
                blobs.append(expect_out)
            else:
                size = int(tag[1])
                blobs.append(data[i:i + size])
                i += size
        runs.append(Run(n, how, code, blobs[0], blobs[1]))
    return runs


def drive(driver, case, limits, first, last, step, timeout, expect_out=None):
    argv = [driver, "--sweep", "--from", str(first), "--to", str(last), "--step", str(step),
            "--timeout", str(int(timeout))] + limits
    tmp_expect = None
    if expect_out is not None:
        tmp_expect = "/tmp/oom_sweep_exp_%d_%d" % (os.getpid(), threading.get_ident())
        with open(tmp_expect, "wb") as f:
            f.write(expect_out)
        argv += ["--expect-stdout", tmp_expect]
    argv.append(case.name)
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=%d:handle_abort=1" % (0 if NO_LSAN else 1))
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    count = (last - first) // step + 2
    try:
        proc = subprocess.run(argv, cwd=str(case.parent), env=env, capture_output=True,
                              timeout=timeout * count + 60)
    finally:
        if tmp_expect:
            os.unlink(tmp_expect)
    if proc.returncode != 0:
        raise RuntimeError("driver failed (%d): %s" % (proc.returncode,
                                                      proc.stderr.decode(errors="replace")[-500:]))
    return parse_records(proc.stdout, expect_out)


FRAME = re.compile(r"#\d+ 0x[0-9a-f]+ in (\S+) ((?:interp|stdlib)/[\w./]+:\d+)")


def signature(verdict, detail, err):
    """A short key that groups runs failing the same way: the innermost frames in the
    interpreter's own sources, or the verdict and detail."""
    frames = FRAME.findall(err.decode("utf-8", "replace"))
    if frames:
        return verdict + " " + " < ".join("%s %s" % f for f in frames[:3])
    return "%s %s" % (verdict, re.sub(r"\d+", "N", detail)[:120])


def last_line(data):
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.strip()
    return ""


def classify(run, base, broad):
    """(verdict, detail) of [run] against the baseline run [base]."""
    err = run.err.decode("utf-8", "replace")
    for line in err.splitlines():
        if any(m in line for m in SANITIZER_MARKERS):
            return "crash", line.strip()
    if run.how == "signal":
        if run.code == signal.SIGALRM:
            return "hang", "timeout"
        try:
            name = signal.Signals(run.code).name
        except ValueError:
            name = "signal %d" % run.code
        return "crash", "killed by " + name
    if run.code == 70:
        return "internal", last_line(run.err)
    tail = last_line(run.err)
    prefix_ok = base.out.startswith(run.out)
    mem_seen = b"MemoryError" in run.out or "MemoryError" in err
    if run.code == base.code and run.out == base.out and (
            run.code == 0 or tail == last_line(base.err)):
        return ("ok" if run.code == 0 else "same"), ""
    base_tail = last_line(base.err)
    if run.code == base.code == 1 and run.out == base.out:
        if tail == base_tail.split(":")[0] + ": <exception str() failed>":
            # The failure hit while the traceback printer rendered the message: CPython prints
            # the same placeholder then.
            return "same", "message placeholder"
        if base_tail.startswith(tail + ". Did you mean: "):
            # Computing the suggestion failed: CPython drops it silently too.
            return "same", "no suggestion"
    if run.code == 3 and base.code == 3:
        return "limit", tail
    if run.code == 1 and tail.startswith("MemoryError") and (prefix_ok or broad):
        return "memerr", ""
    if run.code == 3 and base.code != 3 and tail.startswith("MemoryError"):
        return "memerr", "as a limit"
    if mem_seen or broad:
        return "caught", "exit %d, %s" % (run.code, tail or "stdout differs")
    if run.code == 0:
        return "wrong", "exit 0 with a different stdout (a MemoryError was swallowed?)"
    if run.code == 1 and tail.startswith("MemoryError"):
        return "wrong", "MemoryError after a stdout that is not a prefix of the baseline's"
    return "wrong", "exit %d: %s" % (run.code, tail)


class Result:
    def __init__(self, case):
        self.case = case
        self.count = 0
        self.runs = 0
        self.verdicts = {}
        self.failures = []  # (n, verdict, detail, stderr tail)
        self.caught = None  # (n, detail) of the first "caught" run
        self.skipped = None
        self.seconds = 0.0


START = time.monotonic()
NO_LSAN = False


def sweep_case(case, args):
    res = Result(case)
    t0 = time.monotonic()
    if args.time_limit and t0 - START > args.time_limit:
        res.skipped = "time limit"
        return res
    sb = sandbox_limits(case)
    # Oracle cases: a generous time limit, so that a slow ASan run on a busy machine does not
    # stop at the CLI's default 5 s (the child's alarm still catches hangs).
    limits = list(sb[0]) if sb else ["--max-duration", "120"]
    try:
        t_base = time.monotonic()
        base = drive(args.driver, case, limits, 0, 0, 1, args.timeout)[0]
        t_base = time.monotonic() - t_base
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        res.skipped = "baseline: %s" % e
        return res
    res.count = base.count
    if args.max_base_seconds and t_base > args.max_base_seconds:
        res.skipped = "baseline took %.1fs" % t_base
        return res
    if res.count is None:
        res.skipped = "no allocation count"
        return res
    if args.max_count and res.count > args.max_count:
        res.skipped = "%d allocations (--max-count)" % res.count
        return res
    verdict, detail = classify(base, base, False)
    if verdict not in ("ok", "same"):
        res.skipped = "baseline %s: %s" % (verdict, detail)
        if verdict in ("crash", "hang", "internal"):
            res.failures.append((0, verdict, detail, base.err[-2000:]))
        return res
    if sb and base.code == 3 and "time" in last_line(base.err):
        res.skipped = "baseline stops at a time limit"
        return res
    last = res.count if not args.max_n else min(res.count, args.max_n)
    if last < 1:
        return res
    step = max(args.stride, math.ceil(last / args.budget) if args.budget else 1)
    broad = bool(BROAD_HANDLER.search(case.read_text(encoding="utf-8", errors="replace")))
    timeout = max(10.0, 10 * t_base)
    chunk = max(1, args.chunk)
    first = 1
    while first <= last:
        upto = min(last, first + step * (chunk - 1))
        try:
            runs = drive(args.driver, case, limits, first, upto, step, timeout, base.out)
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            res.failures.append((first, "driver", str(e)[:300], b""))
            break
        for run in runs:
            verdict, detail = classify(run, base, broad)
            res.verdicts[verdict] = res.verdicts.get(verdict, 0) + 1
            res.runs += 1
            if verdict == "caught" and res.caught is None:
                res.caught = (run.n, detail)
            if verdict not in PASS_VERDICTS:
                res.failures.append((run.n, verdict, detail, run.err[-3000:]))
        if upto == last:
            break
        first = upto + step
        if first > last:
            first = last
    res.seconds = time.monotonic() - t0
    return res


def main():
    ap = argparse.ArgumentParser(description="OOM sweep over conformance cases (see the header)")
    ap.add_argument("paths", nargs="*", help="cases or directories (default: conformance/)")
    ap.add_argument("--filter", help="only cases whose path matches this regex")
    ap.add_argument("--stride", type=int, default=1, help="sweep every S-th n (default 1)")
    ap.add_argument("--budget", type=int, default=0,
                    help="at most about B runs per case (raises the stride; default: no cap)")
    ap.add_argument("--max-n", type=int, default=0, help="sweep n <= N only")
    ap.add_argument("--jobs", type=int, default=2, help="cases in parallel (default 2)")
    ap.add_argument("--chunk", type=int, default=200, help="runs per driver process")
    ap.add_argument("--timeout", type=float, default=30.0, help="baseline timeout (s)")
    ap.add_argument("--driver", default=str(ROOT / "build/asan/tests/test_oom"))
    ap.add_argument("--quick", action="store_true", help="the fixed short sample")
    ap.add_argument("--no-sandbox", action="store_true", help="skip conformance/sandbox/")
    ap.add_argument("--log", help="append every failure with its stderr to this file")
    ap.add_argument("--max-count", type=int, default=0,
                    help="skip cases whose normal run makes more allocations")
    ap.add_argument("--max-base-seconds", type=float, default=0,
                    help="skip cases whose normal run takes longer (default: no cap)")
    ap.add_argument("--no-lsan", action="store_true",
                    help="LeakSanitizer off (twice as fast; kr_vm_free's accounting check still "
                    "catches every leaked block of the VM's allocator)")
    ap.add_argument("--time-limit", type=float, default=0,
                    help="start no new case after this many seconds (default: none)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per case")
    args = ap.parse_args()
    global NO_LSAN
    NO_LSAN = args.no_lsan
    if not os.path.exists(args.driver):
        sys.exit("oom_sweep: %s is missing (ninja build/asan/tests/test_oom)" % args.driver)
    if args.quick:
        specs = args.paths or QUICK_CASES
        files = collect([p for p in specs if p.endswith(".py")], args.filter, True) \
            if any(p.endswith(".py") for p in specs) else []
        dirs = [p for p in specs if not p.endswith(".py")]
        pool = [c for c in collect(dirs, args.filter, True) if c not in files] if dirs else []
        room = max(0, QUICK_MAX_CASES - len(files))
        if len(pool) > room:
            # A fixed, spread-out sample: the same cases every time.
            pick = len(pool) / room if room else 0
            pool = [pool[int(i * pick)] for i in range(room)]
        cases = files + pool
        if not args.budget:
            args.budget = QUICK_BUDGET
        if not args.time_limit:
            args.time_limit = QUICK_TIME
    else:
        cases = collect(args.paths, args.filter, args.no_sandbox)
    t0 = time.monotonic()
    logf = open(args.log, "a", encoding="utf-8") if args.log else None
    passed = failed = skipped = runs = 0
    totals = {}
    sigs = {}  # signature -> [count, first case, n]
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = [ex.submit(sweep_case, c, args) for c in cases]
        for fut in futs:
            res = fut.result()
            rel = res.case.relative_to(ROOT)
            runs += res.runs
            for k, v in res.verdicts.items():
                totals[k] = totals.get(k, 0) + v
            if res.failures:
                failed += 1
                n, verdict, detail, _ = res.failures[0]
                print("FAIL %s: %d of %d runs (first n=%d %s: %s)" % (
                    rel, len(res.failures), res.runs, n, verdict, detail))
                print("     reproduce: build/asan/krait --fail-after %d %s" % (n, rel))
                for n, verdict, detail, err in res.failures:
                    sig = signature(verdict, detail, err)
                    if sig not in sigs:
                        sigs[sig] = [0, rel, n]
                    sigs[sig][0] += 1
                if logf:
                    for n, verdict, detail, err in res.failures[:20]:
                        logf.write("== %s n=%d %s: %s\n%s\n" % (
                            rel, n, verdict, detail, err.decode("utf-8", "replace")))
                    logf.flush()
            elif res.skipped:
                skipped += 1
                if args.verbose:
                    print("skip %s: %s" % (rel, res.skipped))
            else:
                passed += 1
                if args.verbose:
                    print("ok   %s: %d allocations, %d runs, %.1fs%s" % (
                        rel, res.count, res.runs, res.seconds,
                        "; caught %d, first n=%d: %s" % ((res.verdicts["caught"],) + res.caught)
                        if res.caught else ""))
            sys.stdout.flush()
    if logf:
        logf.close()
    if sigs:
        print("distinct failures (%d):" % len(sigs))
        for sig, (count, rel, n) in sorted(sigs.items(), key=lambda kv: -kv[1][0]):
            print("  %5d x %s\n          e.g. build/asan/krait --fail-after %d %s" % (
                count, sig, n, rel))
    print("oom sweep: %d cases, %d runs in %.0fs; verdicts %s; %d skipped" % (
        len(cases), runs, time.monotonic() - t0,
        ", ".join("%s %d" % kv for kv in sorted(totals.items())), skipped))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
