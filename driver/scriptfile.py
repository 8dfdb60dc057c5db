"""Reading a script (a file, a pipe, standard input): bounded, and UTF-8 or a located error."""

from __future__ import annotations

import errno
import sys
from typing import BinaryIO

from xtrace.ir.loc import XtraceError

# No script is this large; /dev/zero or /dev/urandom named by mistake would
# otherwise be read until memory runs out (the parser takes about a millisecond
# a line, so even this much is hours of parsing).
MAX_SCRIPT_BYTES = 16 << 20


def _read_bounded(f: BinaryIO, name: str) -> bytes:
    data = f.read(MAX_SCRIPT_BYTES + 1)
    if len(data) > MAX_SCRIPT_BYTES:
        raise OSError(errno.EFBIG, "File too large", name)
    return data


def read_script_bytes(path: str) -> bytes:
    """The bytes of a script file, pipe or device; an OSError (EFBIG, "File too
    large") past MAX_SCRIPT_BYTES, as for any file that cannot be read."""
    with open(path, "rb") as f:
        return _read_bounded(f, path)


def decode_script(data: bytes, name: str) -> str:
    """A script's text; bytes that are not UTF-8 are an error at their place."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as ex:
        line = data.count(b"\n", 0, ex.start) + 1
        col = ex.start - (data.rfind(b"\n", 0, ex.start) + 1) + 1
        raise XtraceError(f"{name}:{line}:{col}: the script is not UTF-8 text", exit_code=1) from None


def read_source(path: str) -> str:
    """A script file's text; unreadable or non-UTF-8 files are clean errors, with the spot."""
    try:
        data = read_script_bytes(path)
    except OSError as ex:
        raise XtraceError(f"cannot read {path}: {ex.strerror}", exit_code=2) from None
    return decode_script(data, path)


def read_stdin(name: str = "<stdin>") -> str:
    """The script on standard input, as read_source() reads a file."""
    try:
        data = _read_bounded(sys.stdin.buffer, name)
    except OSError as ex:
        raise XtraceError(f"cannot read {name}: {ex.strerror}", exit_code=2) from None
    return decode_script(data, name)
