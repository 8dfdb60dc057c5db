"""A case's NAME.prep: a shell line run on the host, in the directory the case
runs in, before the case is built.

Some cases need a file both when the module is built and when it runs: a
program whose symbols the module holds (stap's `-d FILE`, the `-c` program's
own table), which `.cmd` cannot make, since it runs only after every case is
built. `.prep` makes it instead, in `$XT_PREP_DIR`: a directory of the case's
own in xtrace's cache, the same for a case and its translations (they run in
the original's directory, under its name), so a port built by the matrix finds
what its original's `.prep` made. `$XT_PREP_DIR` in `.cmd` and `.opts` is
replaced by that directory; the sandbox VM sees the host's files, so the
program runs there as it was built.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Optional

VAR_RE = re.compile(r"\$(?:\{XT_PREP_DIR\}|XT_PREP_DIR\b)")


def prep_dir(run_dir: Path, name: str) -> Path:
    """The directory of the case `name` that runs in `run_dir`."""
    from xtrace.ir.diskcache import cache_root
    return cache_root() / "prep" / f"{run_dir.resolve().name}-{name}"


def expand(text: str, run_dir: Path, name: str) -> str:
    """`text` with $XT_PREP_DIR (or ${XT_PREP_DIR}) replaced by the case's directory."""
    return VAR_RE.sub(lambda _m: str(prep_dir(run_dir, name)), text)


def run_prep(line: str, run_dir: Path, name: str, timeout: float = 120) -> Optional[str]:
    """Run the `.prep` line; None when it worked, else what went wrong. A case and
    its translations may be built at once (in two processes): a lock on the
    directory lets one prep at a time write it."""
    from xtrace.ir.diskcache import locked
    d = prep_dir(run_dir, name)
    with locked(d / ".lock"):
        try:
            res = subprocess.run(["sh", "-c", line], cwd=run_dir, capture_output=True, text=True,
                                 env={**os.environ, "XT_PREP_DIR": str(d)}, timeout=timeout,
                                 stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            return f"prep timed out after {timeout:g}s: {line}"
    if res.returncode:
        return f"prep failed (status {res.returncode}): {line}\n{res.stderr}"
    return None
