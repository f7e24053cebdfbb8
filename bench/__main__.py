"""Run every benchmark: ``python -m bench [--quick]``; prints each script's RESULT line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    scripts = sorted(p for p in HERE.glob("*.py") if not p.name.startswith("_"))
    failed = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        cmd = [sys.executable, str(script)] + (["--quick"] if quick else [])
        proc = subprocess.run(cmd, cwd=HERE.parent, capture_output=True, text=True)
        lines = proc.stdout.strip().splitlines()
        result = [line for line in lines if line.startswith("RESULT ")]
        if proc.returncode != 0 or not result:
            failed.append(script.name)
            print(proc.stdout[-2000:], proc.stderr[-2000:], sep="\n")
        else:
            print(result[-1], flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
