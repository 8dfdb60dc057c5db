"""Facts derived from big, unchanging kernel files, kept on disk between runs.

Pass 2 needs facts that cost 0.15-0.65 s each to derive and are the same for
every run against the same kernel: which header defines each struct (one grep
over the header tree), the tracepoints' prototypes (~150 event headers parsed),
the sandbox kernel's function names (a 4 MB kallsyms dump split). `cached_json`
keeps such an answer under the xtrace cache directory, keyed by a format name
and the identity (path, size, mtime) of the files it was derived from, so that
a changed or reinstalled header tree is read again. Writes go to a temporary
file renamed into place: concurrent runs each see a whole file or none, and
the cache being unwritable only costs the recomputation.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator


def file_identity(paths: Iterable[Path]) -> list:
    """(real path, size, mtime in ns) of each path, None for one that is missing."""
    out: list = []
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            out.append([str(p), None])
            continue
        out.append([os.path.realpath(p), st.st_size, st.st_mtime_ns])
    return out


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the block: one process
    at a time does a costly step whose result the others then find done (parallel
    test workers capturing the same kernel's symbols). The kernel drops the lock
    when its holder dies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def user_cache_dir() -> Path:
    """$XDG_CACHE_HOME/xtrace, else ~/.cache/xtrace: where the sandbox keeps its kernels
    whatever $XTRACE_CACHE says."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "xtrace"


def cache_root() -> Path:
    """The xtrace cache directory ($XTRACE_CACHE, else user_cache_dir())."""
    if os.environ.get("XTRACE_CACHE"):
        return Path(os.environ["XTRACE_CACHE"])
    return user_cache_dir()


def cached_json(fmt: str, identity: Any, compute: Callable[[], Any]) -> Any:
    """What `compute()` returns (JSON data), from the disk cache when an earlier run
    stored it under the same `fmt` (name and version of what is stored) and
    `identity` (what it was derived from, e.g. file_identity(...))."""
    key = hashlib.sha256(json.dumps([fmt, identity], sort_keys=True).encode()).hexdigest()[:32]
    path = cache_root() / "derived" / f"{fmt}-{key}.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        pass  # absent, unreadable or cut short: computed again and rewritten
    value = compute()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w") as f:
                json.dump(value, f, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only cache only costs the recomputation next time
    return value
