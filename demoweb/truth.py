"""Writing the ground truth to disk, atomically and without holding it all in memory.

Crawls and tests read this file while the server runs, so it must never be seen half-written:
we write a temporary file beside the target and rename it into place. Programs are streamed one
by one, which keeps 13,400 programs (about 190,000 residents) well within memory and time.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from demoweb.generate import DemoWeb


def write_truth(web: DemoWeb, path: str | os.PathLike[str], port: int | None = None) -> Path:
    """Write ``web``'s ground truth as JSON to ``path`` (tmp file + rename) and return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps(web.truth_header(port), ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(header[:-1] + ', "programs": [\n')
            for n, program in enumerate(web.iter_programs()):
                if n:
                    out.write(",\n")
                out.write(json.dumps(web.program_truth(program, port), ensure_ascii=False))
            out.write("\n]}\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
