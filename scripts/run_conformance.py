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
# (recorded from CPython, or hand-written in differences/). "sandbox" cases (conformance/sandbox/)
# are run with the limits named in their hand-written `<case>.py.sandbox` file, and checked for
# the outcome it names, the peak RSS of the process (the memory limit + the baseline RSS of
# `krait -c pass` + slack) and the wall time (the duration limit + a margin). The format is in
# conformance/README.md. `--sandbox` runs only sandbox cases (default: all cases).

import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "oracle"))
import common  # noqa: E402

PASS, FAIL, SKIP, XFAIL = "pass", "fail", "skip", "xfail"


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


# ----- sandbox mode -----

SANDBOX_SUFFIX = ".sandbox"
# The CLI's defaults (interp/state.c kr_config_default), used when a case names no limit.
CLI_DEFAULT_MEMORY = 64 << 20
CLI_DEFAULT_DURATION = 5.0
# Exit status of the CLI when a limit (not an exception) stopped the run. Until the CLI has
# one, a limit is recognised by its stderr: a single "TimeoutError: ... limit exceeded" line
# with no traceback above it (api.c record_error).
LIMIT_EXIT_STATUS = 3
_LIMIT_LINE = re.compile(r"^(?:TimeoutError|LimitError|krait: limit): (?:(\w+) )?limit exceeded$")
KEYS = ("limits", "expect", "stdout", "stdout-empty", "message", "known-bug", "time-margin",
        "memory-slack")


class SandboxSpec:
    def __init__(self):
        self.limits = []
        self.expect = []       # alternatives: "ok", "limit", "limit:time", "ValueError", ...
        self.stdout = None     # list of lines, or None (unchecked)
        self.message = None    # substring of the final error line
        self.known_bug = None
        self.time_margin = None
        self.memory_slack = None


def parse_sandbox_spec(path):
    spec = SandboxSpec()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if key == "stdout-empty" and not sep:
            spec.stdout = []
            continue
        if not sep or key not in KEYS:
            raise ValueError("%s:%d: unknown line %r" % (path.name, n, line))
        value = value[1:] if value.startswith(" ") else value
        if key == "limits":
            spec.limits += shlex.split(value)
        elif key == "expect":
            spec.expect += [v.strip() for v in value.split("|") if v.strip()]
        elif key == "stdout":
            spec.stdout = (spec.stdout or []) + [value]
        elif key == "stdout-empty":
            spec.stdout = []
        elif key == "message":
            spec.message = value
        elif key == "known-bug":
            spec.known_bug = value.strip()
        elif key == "time-margin":
            spec.time_margin = float(value)
        elif key == "memory-slack":
            spec.memory_slack = int(value)
    if not spec.expect:
        raise ValueError("%s: no expect: line" % path.name)
    return spec


def limit_value(limits, flag, default):
    for i, a in enumerate(limits):
        if a == flag and i + 1 < len(limits):
            return float(limits[i + 1])
    return default


def _vm_hwm(pid):
    """VmHWM (peak RSS of the current image) of a live process, in bytes, or 0."""
    try:
        with open("/proc/%d/status" % pid, "rb") as f:
            for line in f:
                if line.startswith(b"VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


_fork_rss = None


def fork_artifact_rss():
    """ru_maxrss of /bin/true started from this process. Linux keeps the peak RSS of the
    forked copy of the parent (this Python) in the child's ru_maxrss across exec, so a child's
    ru_maxrss below this says nothing about the child itself."""
    global _fork_rss
    if _fork_rss is None:
        proc = subprocess.Popen(["true"], stdin=subprocess.DEVNULL)
        _, _, ru = os.wait4(proc.pid, 0)
        proc.returncode = 0
        _fork_rss = ru.ru_maxrss * 1024
    return _fork_rss


def run_measured(argv, cwd, timeout):
    """Run [argv]; return (returncode or None on timeout, stdout, stderr, seconds, peak RSS in
    bytes). The seconds are the wall time, or the child's CPU time when that is smaller by more
    than scheduling noise: a VM never sleeps, so a gap between the two means the machine was
    busy with other work, not that the VM overran its time limit. The peak is the child's ru_maxrss (wait4) when that exceeds what the
    fork itself accounts for, else the highest VmHWM seen while polling /proc."""
    artifact = fork_artifact_rss()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                cwd=cwd, env=common.child_env(), start_new_session=True)
        rc = None
        rusage = None
        hwm = 0
        deadline = start + timeout
        while True:
            pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                rc = os.waitstatus_to_exitcode(status)
                break
            hwm = max(hwm, _vm_hwm(proc.pid))
            if time.monotonic() > deadline:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except OSError:
                    pass
                pid, status, rusage = os.wait4(proc.pid, 0)
                rc = None
                break
            time.sleep(0.002)
        wall = time.monotonic() - start
        cpu = rusage.ru_utime + rusage.ru_stime
        if rc is not None and cpu + 0.05 < wall:
            wall = cpu + 0.05
        proc.returncode = rc if rc is not None else -9  # already reaped
        out.seek(0)
        err.seek(0)
        maxrss = rusage.ru_maxrss * 1024
        rss = maxrss if maxrss > artifact + (1 << 20) else (hwm or None)  # None: exited too soon
        return rc, out.read(), err.read(), wall, rss


_baseline = {}
_baseline_lock = threading.Lock()


def baseline_rss(krait):
    """Peak RSS of `krait -c pass`: the process baseline the memory check adds."""
    with _baseline_lock:
        if krait not in _baseline:
            best = None
            # `pass` for 50 ms (stopped by the time limit), so that the poll sees the process.
            for _ in range(3):
                _, _, _, _, rss = run_measured(
                    [krait, "--max-duration", "0.05", "-c", "while True: pass"],
                    str(common.ROOT), 10)
                if rss is not None:
                    best = rss if best is None else min(best, rss)
            _baseline[krait] = best
        return _baseline[krait]


def classify(rc, stderr):
    """The outcome of a sandbox run: ("ok"|"limit:<which>"|"<ExcType>"|"crash"|..., line)."""
    report = common.sanitizer_report(stderr)
    if report is not None:
        return "crash", "sanitizer: " + report
    if rc is None:
        return "hang", "killed by the runner's timeout"
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "signal %d" % -rc
        return "crash", "killed by " + name
    if rc == 0:
        return "ok", ""
    line = common.last_nonempty_line(stderr) or ""
    text = stderr.decode("utf-8", "replace")
    m = _LIMIT_LINE.match(line)
    if m and (rc == LIMIT_EXIT_STATUS or (rc == 1 and "Traceback (most recent call last)"
                                          not in text)):
        return "limit:" + (m.group(1) or "unknown"), line
    if rc in (1, LIMIT_EXIT_STATUS) and line:
        exc = re.match(r"^([A-Za-z_][\w.]*)(?::|$)", line)
        if exc:
            return exc.group(1).rsplit(".", 1)[-1], line
    return "exit %d" % rc, line


def outcome_matches(outcome, expect):
    for e in expect:
        if e == outcome or (e == "limit" and outcome.startswith("limit:")):
            return True
    return False


def run_sandbox_case(krait, case, args):
    """Run [case] with the limits of its .sandbox file; check outcome, stdout, RSS, time."""
    spec_path = Path(str(case) + SANDBOX_SUFFIX)
    if not spec_path.exists():
        return FAIL, "no %s file" % spec_path.name
    try:
        spec = parse_sandbox_spec(spec_path)
    except ValueError as e:
        return FAIL, str(e)
    duration = limit_value(spec.limits, "--max-duration", CLI_DEFAULT_DURATION)
    memory = limit_value(spec.limits, "--max-memory", CLI_DEFAULT_MEMORY)
    hard_timeout = max(args.timeout, duration * 3 + 5)
    try:
        rc, out, err, wall, rss = run_measured([krait] + spec.limits + [str(case)],
                                               str(Path(case).parent), hard_timeout)
    except OSError as e:
        return FAIL, "cannot run %s: %s" % (krait, e)
    outcome, line = classify(rc, err)
    problems = []
    if not outcome_matches(outcome, spec.expect):
        problems.append("outcome %s (%s), expected %s" % (outcome, line or "exit 0",
                                                         " | ".join(spec.expect)))
    elif spec.message is not None and spec.message not in line:
        problems.append("final line %r does not contain %r" % (line, spec.message))
    if spec.stdout is not None:
        want = "".join(s + "\n" for s in spec.stdout).encode("utf-8")
        if out != want:
            problems.append("stdout differs:\n" + common.diff_text(want, out,
                                                                   max_lines=args.diff_lines))
    # Time: the VM must stop within its duration limit + a margin (more under sanitizers).
    slow = 1.0 if not args.variant or args.variant == "release" else 4.0
    margin = (spec.time_margin if spec.time_margin is not None else args.time_margin) * slow
    if outcome not in ("hang", "crash") and wall > duration + margin:
        problems.append("wall time %.3fs > limit %.3fs + margin %.3fs" % (wall, duration, margin))
    # Memory: only meaningful without sanitizers (ASan's shadow memory and quarantine).
    if slow == 1.0 and rss is not None:
        base = baseline_rss(krait) or 0
        slack = spec.memory_slack if spec.memory_slack is not None else args.memory_slack
        allowed = memory + base + slack
        if rss > allowed:
            problems.append("peak RSS %.1f MiB > limit %.1f + baseline %.1f + slack %.1f MiB" % (
                rss / 2**20, memory / 2**20, base / 2**20, slack / 2**20))
    if spec.known_bug:
        if problems:
            return XFAIL, "known bug %s: %s" % (spec.known_bug, "; ".join(
                p.splitlines()[0] for p in problems))
        return PASS, "known-bug %s no longer fails: drop the line" % spec.known_bug
    if problems:
        report = "\n".join(problems)
        if outcome in ("crash", "hang", "exit %d" % (rc or 0)) or not outcome_matches(
                outcome, spec.expect):
            tail = err.decode("utf-8", "replace").strip().splitlines()[-6:]
            report += "\n--- stderr (last lines):\n" + "\n".join(tail)
        return FAIL, report
    return PASS, "%s in %.2fs, rss %s" % (outcome, wall,
                                          "%.1f MiB" % (rss / 2**20) if rss else "n/a")


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
    ap.add_argument("--sandbox", action="store_true",
                    help="run only the sandbox cases (conformance/sandbox/)")
    ap.add_argument("--time-margin", type=float, default=0.25,
                    help="sandbox: seconds allowed beyond --max-duration (default %(default)s)")
    ap.add_argument("--memory-slack", type=int, default=8 << 20,
                    help="sandbox: bytes of RSS allowed beyond the limit + baseline "
                         "(default %(default)s)")
    args = ap.parse_args()

    spec = args.krait or ("build/%s/krait" % args.variant if args.variant else "build/krait")
    if args.sandbox and not args.paths:
        args.paths = [str(common.CONFORMANCE / "sandbox")]
    cases = [c for c in common.collect_cases(args.paths) if Path(c).suffix == ".py"
             and (case_mode(c) != "oracle" or common.exp_path(c).exists())]
    if args.sandbox:
        cases = [c for c in cases if case_mode(c) == "sandbox"]
    krait = common.resolve_executable(spec)
    if krait is None:
        print("error: krait binary not found: %s" % spec)
        print("0 passed, %d failed" % len(cases))
        return 1

    def run(case):
        return case, RUNNERS[case_mode(case)](krait, case, args)

    # Sandbox cases measure wall time and RSS: run them with at most half the CPUs in parallel
    # (after the other cases) so that they do not compete with each other for the machine.
    oracle_cases = [c for c in cases if case_mode(c) == "oracle"]
    sandbox_cases = [c for c in cases if case_mode(c) == "sandbox"]
    sandbox_jobs = args.jobs or max(1, (os.cpu_count() or 2) // 2)

    def results():
        yield from common.parallel_map(run, oracle_cases, args.jobs)
        yield from common.parallel_map(run, sandbox_cases, sandbox_jobs)

    start = time.monotonic()
    counts = {PASS: 0, FAIL: 0, SKIP: 0, XFAIL: 0}
    for case, (verdict, report) in results():
        if verdict == XFAIL:
            counts[PASS] += 1
            counts[XFAIL] += 1
            if args.verbose:
                print("XFAIL %s (%s)" % (common.display(case), report))
            continue
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
    if counts[XFAIL]:
        print("[%s] %d sandbox cases fail as their known-bug line says (counted as passed)"
              % (label, counts[XFAIL]))
    print("[%s] %d cases in %.1fs" % (label, counts[PASS] + counts[FAIL], elapsed))
    print("%d passed, %d failed" % (counts[PASS], counts[FAIL]))
    return 1 if counts[FAIL] else 0


if __name__ == "__main__":
    sys.exit(main())
