#!/usr/bin/env python3
"""Compare Baton against CPython on the programs in bench/*.py.

Usage:
  cargo build --release
  python3 bench/run.py [--reps N] [--baton PATH] [name-filter ...]

Each program is run N times with each interpreter, alternating python3 and baton so
that slow drifts of the machine affect both equally. The minimum wall-clock time of
each interpreter is reported, together with the ratio baton/python3 (lower is better).
Both interpreters must print exactly the same stdout; otherwise the row says MISMATCH.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DEFAULT_BATON = ROOT / "target" / "release" / "baton"
TIMEOUT = 600


def run_once(cmd, script):
    """Return (seconds, stdout, returncode) for one run of `cmd script`."""
    start = time.perf_counter()
    proc = subprocess.run(
        cmd + [str(script)],
        cwd=script.parent,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        env=dict(os.environ, NO_COLOR="1"),
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        print(f"  {' '.join(cmd)} {script.name} exited with {proc.returncode}: {' | '.join(tail)}",
              file=sys.stderr)
    return elapsed, proc.stdout, proc.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3, help="repetitions per interpreter (default 3)")
    ap.add_argument("--baton", type=Path, default=DEFAULT_BATON, help="path to the baton binary")
    ap.add_argument("--python", default="python3", help="CPython executable (default python3)")
    ap.add_argument("filters", nargs="*", help="only programs whose file name contains one of these")
    args = ap.parse_args()

    if not args.baton.is_file():
        print(f"error: {args.baton} not found; run `cargo build --release` first", file=sys.stderr)
        return 2
    if args.reps < 1:
        print("error: --reps must be at least 1", file=sys.stderr)
        return 2

    programs = sorted(p for p in BENCH.glob("*.py") if p.name != "run.py")
    if args.filters:
        programs = [p for p in programs if any(f in p.name for f in args.filters)]
    if not programs:
        print("no benchmark programs matched", file=sys.stderr)
        return 2

    interpreters = {"python3": [args.python], "baton": [str(args.baton)]}
    rows = []
    for prog in programs:
        print(f"running {prog.name} ({args.reps} reps each)...", file=sys.stderr)
        best = {name: float("inf") for name in interpreters}
        outputs = {name: set() for name in interpreters}
        failed = set()
        for rep in range(args.reps):
            # Alternate which interpreter goes first on each repetition.
            order = list(interpreters) if rep % 2 == 0 else list(reversed(interpreters))
            for name in order:
                elapsed, out, code = run_once(interpreters[name], prog)
                best[name] = min(best[name], elapsed)
                outputs[name].add(out)
                if code != 0:
                    failed.add(name)
        if failed:
            status = "FAILED (" + ", ".join(sorted(failed)) + ")"
        elif len(outputs["python3"] | outputs["baton"]) != 1:
            status = "MISMATCH"
        else:
            status = "ok"
        rows.append((prog.name, best["python3"], best["baton"], status))

    header = ("program", "python3 s", "baton s", "baton/python3", "output")
    table = [header]
    for name, py, bt, status in rows:
        ratio = f"{bt / py:.2f}x" if py > 0 else "-"
        table.append((name, f"{py:.3f}", f"{bt:.3f}", ratio, status))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:4], widths[1:4])]
        print("  ".join(cells + [row[4]]))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print("\nratio = baton time / python3 time (min of each); lower is better")
    return 1 if any(status != "ok" for *_, status in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
