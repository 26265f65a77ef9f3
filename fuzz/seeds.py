#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# fuzz/seeds.py: build the seed inputs of one libFuzzer harness (scripts/fuzz runs it at the
# start of each campaign; the seeds go to a directory of their own, read next to the corpus).
#
#   fuzz/seeds.py HARNESS OUTDIR
#
# Every harness gets the committed seeds of fuzz/corpus/HARNESS/ (if any), plus:
#   exec, compile  every conformance/**/*.py
#   snapshot       the conformance/programs/*.py (source mode: each print() is a suspension
#                  that the harness snapshots and restores) and real snapshot bytes ("KRSNAP"
#                  mode): the snapshots and saved programs those programs make, dumped by
#                  build/fuzz/fuzz_snapshot itself (FUZZ_SNAPSHOT_DUMP)
#   worker         request sequences: conformance programs run with print() as a host function
#                  (resumed, snapshotted, cancelled), and restores of the real snapshots
# Snapshots carry a build id, so they are made afresh by the current build, never committed.
# The dump is cached in build/fuzz-seeds/dump/ until build/fuzz/fuzz_snapshot changes.

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMP = ROOT / "build/fuzz-seeds/dump"
SNAP_BIN = ROOT / "build/fuzz/fuzz_snapshot"

MAX_SNAPSHOT_SEED = 16384   # bytes; scripts/fuzz runs the snapshot harness with this -max_len
MAX_SNAPSHOT_SEEDS = 400
MAX_RESTORE_SEED = 6144     # snapshot bytes (base64 grows them by 4/3) for worker restores
MAX_RESTORE_SEEDS = 60
MAX_RUN_SOURCE = 3000       # source bytes of a program sent as a worker "run"
MAX_RUN_SEEDS = 120


def put(out, data):
    if isinstance(data, str):
        data = data.encode()
    h = hashlib.sha1(data).hexdigest()
    (out / h).write_bytes(data)


def programs():
    return sorted((ROOT / "conformance/programs").glob("*.py"))


def dump_snapshots():
    """Real snapshot bytes: run the conformance programs through the snapshot harness."""
    stamp = DUMP / ".stamp"
    if stamp.exists() and SNAP_BIN.exists() and \
            stamp.stat().st_mtime >= SNAP_BIN.stat().st_mtime:
        return sorted(p for p in DUMP.iterdir() if p.name.startswith("snap-"))
    shutil.rmtree(DUMP, ignore_errors=True)
    DUMP.mkdir(parents=True)
    if SNAP_BIN.exists():
        env = dict(os.environ, FUZZ_SNAPSHOT_DUMP=str(DUMP))
        env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
        files = [str(p) for p in programs()]
        subprocess.run([str(SNAP_BIN)] + files, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=900)
    else:
        print("fuzz/seeds.py: %s not built: no snapshot seeds" % SNAP_BIN, file=sys.stderr)
    snaps = sorted(p for p in DUMP.iterdir() if p.name.startswith("snap-"))
    if snaps:
        stamp.touch()
    return snaps


def line(**kw):
    return json.dumps(kw, separators=(",", ":"), ensure_ascii=False)


def worker_seeds(out):
    n = 0
    for p in programs():
        src = p.read_text(errors="replace")
        if len(src) > MAX_RUN_SOURCE or n >= MAX_RUN_SEEDS:
            continue
        n += 1
        # print() suspends at every call: resume a few times, snapshot once, then cancel.
        lines = [line(op="run", code=src, host_functions=["print"], id=n)]
        lines += [line(op="resume", value=None)] * 2
        lines += [line(op="snapshot"), line(op="resume", value=None)]
        lines += [line(op="resume", error={"type": "ValueError", "message": "host"})]
        lines += [line(op="resume", value=[1, {"$tuple": [2.5, "s"]}]), line(op="cancel")]
        put(out, "\n".join(lines) + "\n")
        # ... and plainly, with inputs the program ignores.
        put(out, line(op="run", code=src, inputs={"x": 1, "y": {"$bytes": "AAE="}}) + "\n")
    import base64
    snaps = [p for p in dump_snapshots() if p.stat().st_size <= MAX_RESTORE_SEED]
    for p in snaps[:MAX_RESTORE_SEEDS]:
        data = base64.b64encode(p.read_bytes()).decode()
        lines = [line(op="restore", data=data), line(op="resume", value=None), line(op="snapshot"),
                 line(op="resume", value=1), line(op="resume", value=None), line(op="cancel")]
        put(out, "\n".join(lines) + "\n")


def snapshot_seeds(out):
    for p in programs():
        put(out, p.read_bytes())
    snaps = [p for p in dump_snapshots() if p.stat().st_size <= MAX_SNAPSHOT_SEED]
    for p in snaps[:MAX_SNAPSHOT_SEEDS]:
        put(out, p.read_bytes())


def main():
    if len(sys.argv) != 3:
        print("usage: fuzz/seeds.py HARNESS OUTDIR", file=sys.stderr)
        return 2
    name, out = sys.argv[1], Path(sys.argv[2])
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    committed = ROOT / "fuzz/corpus" / name
    if committed.is_dir():
        for p in sorted(committed.iterdir()):
            if p.is_file():
                put(out, p.read_bytes())
    if name in ("exec", "compile"):
        for p in sorted((ROOT / "conformance").rglob("*.py")):
            put(out, p.read_bytes())
    elif name == "snapshot":
        snapshot_seeds(out)
    elif name == "worker":
        worker_seeds(out)
    print("fuzz/seeds.py: %d %s seeds in %s" % (len(list(out.iterdir())), name, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
