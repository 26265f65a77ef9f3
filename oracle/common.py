# SPDX-License-Identifier: MIT
# oracle/common.py: run a program under CPython or krait and render its outcome.
#
# Shared by oracle/record.py (writes .exp files), oracle/diff.py (live differential runs) and
# scripts/run_conformance.py (compares krait with the recorded .exp files).
#
# The outcome of one run is rendered as bytes in the .exp format (see conformance/README.md):
# the program's stdout, then, if the program ended with an uncaught exception, one final line
# "!! <Type>: <message>" taken from the last non-empty line of stderr. Runs that end in any
# other way (timeout, signal, unexpected exit status) render as "!! <...>" lines that no
# recorded .exp ever contains, so they always compare unequal.

import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFORMANCE = ROOT / "conformance"
VERSION_FILE = CONFORMANCE / "CPYTHON_VERSION"
DEFAULT_TIMEOUT = 10.0
EXP_SUFFIX = ".exp"

# Directories whose cases are never sent to CPython: their expectations are hand-written.
# sandbox/ cases are run by a dedicated mode of scripts/run_conformance.py; differences/ cases
# compare krait's output with their .exp like any other case.
HAND_WRITTEN_DIRS = ("sandbox", "differences")


class Outcome:
    """How one run of one program ended.

    kind is "ok" (exit status 0), "exception" (exit status 1 with an exception line on
    stderr), "timeout", "crash" (killed by a signal, or a sanitizer report on stderr) or
    "exit" (any other exit status)."""

    def __init__(self, kind, stdout, exc_line=None, detail=None, stderr=b""):
        self.kind = kind
        self.stdout = stdout
        self.exc_line = exc_line
        self.detail = detail
        self.stderr = stderr

    def render(self):
        """The .exp representation of this outcome, as bytes."""
        out = self.stdout
        tail = None
        if self.kind == "exception":
            tail = "!! " + self.exc_line
        elif self.kind != "ok":
            tail = "!! <" + self.detail + ">"
        if tail is not None:
            if out and not out.endswith(b"\n"):
                out += b"\n"
            out += tail.encode("utf-8", "surrogateescape") + b"\n"
        return out


def child_env(hash_seed=0):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = str(hash_seed)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONWARNINGS", None)
    return env


# Lines by which AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer announce a
# report. A run whose stderr holds one is a crash whatever its exit status: UBSan may be built to
# print and continue, and a report must never pass as the program's own exception line.
_SANITIZER_MARKERS = ("runtime error:", "ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
                      "WARNING: AddressSanitizer")


def sanitizer_report(stderr):
    """The first sanitizer report line in [stderr] (bytes), or None."""
    if not stderr:
        return None
    for line in stderr.decode("utf-8", "replace").splitlines():
        if any(m in line for m in _SANITIZER_MARKERS):
            return line.strip()
    return None


def last_nonempty_line(data):
    for line in reversed(data.decode("utf-8", "surrogateescape").splitlines()):
        if line.strip():
            return line.rstrip()
    return None


def run_program(argv, path, timeout=DEFAULT_TIMEOUT, hash_seed=0):
    """Run [argv] + [path] with stdin closed; return an Outcome."""
    try:
        proc = subprocess.Popen(
            list(argv) + [str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(hash_seed),
            cwd=str(Path(path).resolve().parent),
            start_new_session=True,
        )
    except OSError as e:
        return Outcome("exit", b"", detail="cannot run %s: %s" % (argv[0], e.strerror))
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        stdout, stderr = proc.communicate()
        return Outcome("timeout", stdout, detail="timeout after %gs" % timeout, stderr=stderr)
    rc = proc.returncode
    report = sanitizer_report(stderr)
    if report is not None:
        return Outcome("crash", stdout, detail="sanitizer: " + report, stderr=stderr)
    if rc == 0:
        return Outcome("ok", stdout, stderr=stderr)
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "signal %d" % -rc
        return Outcome("crash", stdout, detail="killed by " + name, stderr=stderr)
    if rc == 1:
        line = last_nonempty_line(stderr)
        if line is not None:
            return Outcome("exception", stdout, exc_line=line, stderr=stderr)
        return Outcome("exit", stdout, detail="exit status 1 with empty stderr", stderr=stderr)
    return Outcome("exit", stdout, detail="exit status %d" % rc, stderr=stderr)


def required_version():
    return VERSION_FILE.read_text().strip()


def cpython_argv(python="python3"):
    """The argv prefix for the oracle CPython; exits if its version is not the pinned one."""
    want = required_version()
    exe = shutil.which(python) or python
    try:
        got = subprocess.run(
            [exe, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True, text=True, check=True, env=child_env(),
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("error: cannot run %s: %s" % (python, e))
    if got != want and not got.startswith(want + "."):
        sys.exit("error: %s is CPython %s, but conformance/CPYTHON_VERSION pins %s"
                 % (exe, got, want))
    return [exe]


def resolve_executable(spec):
    """An executable given as a path (relative to the repo root or cwd) or a name on PATH."""
    if os.sep in spec:
        p = Path(spec)
        if not p.is_absolute() and not p.exists():
            p = ROOT / spec
        return str(p.resolve()) if p.exists() else None
    found = shutil.which(spec)
    if found:
        return found
    p = ROOT / spec
    return str(p.resolve()) if p.exists() else None


def area(path):
    """The top-level conformance/ directory holding [path] ("basics", ...), or None."""
    try:
        rel = Path(path).resolve().relative_to(CONFORMANCE.resolve())
    except ValueError:
        return None
    return rel.parts[0] if len(rel.parts) > 1 else None


def is_hand_written(path):
    return area(path) in HAND_WRITTEN_DIRS


def collect_cases(paths):
    """Sorted .py files named by [paths] (files or directories, default: conformance/)."""
    if not paths:
        paths = [str(CONFORMANCE)]
    found = set()
    for spec in paths:
        p = Path(spec)
        if not p.exists() and (ROOT / spec).exists():
            p = ROOT / spec
        if p.is_dir():
            found.update(q.resolve() for q in p.rglob("*.py"))
        elif p.is_file():
            found.add(p.resolve())
        else:
            sys.exit("error: no such file or directory: %s" % spec)
    return sorted(found)


def exp_path(case):
    return Path(str(case) + EXP_SUFFIX)


def display(path):
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def diff_text(expected, actual, max_lines=40, from_name="expected", to_name="actual"):
    """A unified diff of two renderings, truncated to [max_lines] lines."""
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, from_name, to_name, n=2):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    text = "".join(lines)
    if not text and expected != actual:
        text = "(outputs differ only in bytes that do not decode as UTF-8)\n"
    out = text.splitlines()
    if len(out) > max_lines:
        out = out[:max_lines] + ["... (%d more diff lines)" % (len(out) - max_lines)]
    return "\n".join(out)


def parallel_map(fn, items, jobs):
    """[fn](item) for each item, computed on [jobs] threads, yielded in input order."""
    jobs = max(1, jobs or os.cpu_count() or 1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(fn, items)


# ----- Case lint: the rules of conformance/README.md that a machine can check -----

# Areas whose cases may import modules: stdlib/ tests the modules, programs/ are whole programs,
# regress/ keeps finds as found. basics/, errors/ and format/ stay import-free.
IMPORTING_AREAS = ("stdlib", "programs", "regress")
_IMPORT_RE = re.compile(r"^\s*(import|from)\s+\w", re.M)
_CLASS_RE = re.compile(r"^\s*class\s+\w", re.M)


def lint_case(path, outcome=None):
    """Problems with one case file, as a list of strings (empty when it follows the rules)."""
    problems = []
    text = Path(path).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        problems.append("first line must be a comment saying what the case covers")
    if len(lines) > 120:
        problems.append("%d lines (keep cases under about 100)" % len(lines))
    name = Path(path).name
    if (_IMPORT_RE.search(text) and "import" not in name
            and area(path) not in IMPORTING_AREAS):
        problems.append("uses import (only stdlib/, programs/, regress/ and *import* cases may)")
    if _CLASS_RE.search(text):
        problems.append("uses a class statement")
    if outcome is not None and outcome.kind == "exception" and not name.startswith("uncaught_"):
        problems.append("ends with an uncaught exception but is not named uncaught_*.py")
    return problems
