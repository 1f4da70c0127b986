#!/usr/bin/env python3
"""Regenerate the expected outputs of Baton's golden scripts using CPython.

For every tests/scripts/**/*.py and examples/*.py this runs `python3 <script>`
(cwd = the script's directory) and writes, next to the script:

  <name>.out  - stdout, byte for byte
  <name>.err  - only when the exit code is non-zero; exactly two lines:
                    exit: <code>
                    <last non-empty line of stderr>
                a stale .err is deleted when the script now exits with 0.
  <name>.stderr - only for scripts containing a line `# golden: stderr`: the whole
                stderr, with the script's folder (and its separator) removed from paths.

Usage:
  python3 tests/regen.py                 # regenerate everything
  python3 tests/regen.py --check         # compare only; exit 1 on differences
  python3 tests/regen.py asyncio errors/ # only scripts whose path contains a filter
"""

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "tests" / "scripts"
EXAMPLES = ROOT / "examples"
TIMEOUT = 30


def discover(filters):
    paths = sorted(SCRIPTS.rglob("*.py")) + sorted(EXAMPLES.glob("*.py"))
    if filters:
        paths = [p for p in paths if any(f in p.relative_to(ROOT).as_posix() for f in filters)]
    return paths


STDERR_MARKER = "# golden: stderr"


def wants_stderr(script):
    return any(l.strip() == STDERR_MARKER for l in script.read_text(encoding="utf-8").splitlines())


def normalize_stderr(text, script):
    """Paths under the script's folder become relative, so the file does not depend on
    where the repository is checked out."""
    return text.replace(str(script.parent) + os.sep, "")


def expected_for(script):
    """Run CPython on `script`; return (stdout_bytes, err_text_or_None, stderr_text)."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run(
            [sys.executable, script.name],
            cwd=script.parent,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"timed out after {TIMEOUT}s")
    stderr = normalize_stderr(proc.stderr.decode("utf-8", "replace"), script)
    if proc.returncode == 0:
        return proc.stdout, None, stderr
    lines = [l for l in stderr.splitlines() if l.strip()]
    last = lines[-1].rstrip() if lines else ""
    return proc.stdout, f"exit: {proc.returncode}\n{last}\n", stderr


def read_bytes(path):
    return path.read_bytes() if path.exists() else None


def process(script, check):
    """Return (list of human-readable changes, whether the script exits non-zero)."""
    out_path = script.with_suffix(".out")
    err_path = script.with_suffix(".err")
    stdout, err, stderr = expected_for(script)
    err_bytes = err.encode("utf-8") if err is not None else None
    changes = []
    stderr_path = script.with_suffix(".stderr")
    stderr_bytes = stderr.encode("utf-8") if wants_stderr(script) else None
    if read_bytes(stderr_path) != stderr_bytes:
        changes.append("stderr differs" if stderr_path.exists() else "missing .stderr")
        if not check:
            if stderr_bytes is None:
                stderr_path.unlink()
            else:
                stderr_path.write_bytes(stderr_bytes)
    if read_bytes(out_path) != stdout:
        changes.append("stdout differs" if out_path.exists() else "missing .out")
        if not check:
            out_path.write_bytes(stdout)
    if read_bytes(err_path) != err_bytes:
        if err_bytes is None:
            changes.append("stale .err")
            if not check:
                err_path.unlink()
        else:
            changes.append("error differs" if err_path.exists() else "missing .err")
            if not check:
                err_path.write_bytes(err_bytes)
    return changes, err is not None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if anything would change")
    ap.add_argument("filters", nargs="*", help="only scripts whose repo-relative path contains one of these")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected outputs are defined by CPython 3.11, this is {sys.version.split()[0]}",
              file=sys.stderr)

    scripts = discover(args.filters)
    if not scripts:
        print("no scripts matched", file=sys.stderr)
        return 1

    def job(script):
        try:
            changes, has_err = process(script, args.check)
            return script, changes, has_err, None
        except Exception as exc:  # noqa: BLE001 - report and continue
            return script, [], False, str(exc)

    workers = min(8, os.cpu_count() or 2)
    changed = failed = errors = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for script, changes, has_err, problem in pool.map(job, scripts):
            rel = script.relative_to(ROOT).as_posix()
            if problem:
                failed += 1
                print(f"FAIL    {rel}: {problem}")
                continue
            errors += has_err
            if changes:
                changed += 1
                verb = "DIFF   " if args.check else "UPDATED"
                print(f"{verb} {rel}: {', '.join(changes)}")

    verb = "out of date" if args.check else "updated"
    print(f"{len(scripts)} scripts, {changed} {verb}, {errors} with .err, {failed} failed to run")
    if failed or (args.check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
