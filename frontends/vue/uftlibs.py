"""The module field of a uft tuple on Linux: AIX archive names -> shared library files.

On AIX a shared library is a member of an archive: `@@uft:PID:libc.a:foo:entry`
probes foo in any member of an archive named libc.a, and `libc.a(shr_64.o)` in
that one member (IBM's uft probe manager page). Linux has no archive members:
the same code is the shared object `libc.so.6`. So `libNAME.a` and
`libNAME.a(MEMBER)` name the file `libNAME.so[.VERSION]` found in the system's
library directories, as the dynamic linker would find it; a bare file name
(`libc.so.6`) is looked up the same way.
"""

from __future__ import annotations

import os
import re
from typing import Optional

from xtrace.ir.elfsyms import is_elf

# The directories Debian's dynamic linker searches (ld.so.conf's multiarch dirs first).
LIB_DIRS = ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64",
            "/lib", "/usr/lib", "/usr/local/lib")

_ARCHIVE = re.compile(r"(?P<stem>[^/()]+)\.a(?:\((?P<member>[^()]*)\))?\Z")
_FILE = re.compile(r"[^/()]+\.so(?:\.[0-9.]+)?\Z")


def is_archive(text: str) -> bool:
    """Whether a file name is an AIX archive or archive member (`libc.a(shr_64.o)`)."""
    return bool(_ARCHIVE.match(text))


def is_library_name(text: str) -> bool:
    """Whether a module field is an AIX archive (`libc.a`, `libc.a(shr_64.o)`) or
    a bare shared object name (`libc.so.6`) rather than a path."""
    return bool(_ARCHIVE.match(text) or _FILE.match(text))


def _version_key(path: str) -> tuple[int, str]:
    # libc.so.6 before libc.so.6.0.1: the soname the linker loads has the fewest parts
    return (os.path.basename(path).count("."), path)


def stem_of(text: str) -> str:
    """The file name a module field looks for: `libc.a(shr_64.o)` -> `libc.so`."""
    m = _ARCHIVE.match(text)
    return m.group("stem") + ".so" if m else text


def find_library(text: str, dirs: tuple[str, ...] = LIB_DIRS) -> Optional[str]:
    """The ELF shared object a module field names, or None when no directory holds
    one. `libNAME.a(MEMBER)` and `libNAME.a` -> `libNAME.so*` (the member names a
    part of the AIX archive that Linux keeps in that one file); `libNAME.so.6` ->
    that file. libNAME.so itself is often a linker script (not ELF): skipped."""
    m = _ARCHIVE.match(text)
    stem = stem_of(text)
    for d in dirs:
        try:
            names = os.listdir(d)
        except OSError:
            continue
        found = [os.path.join(d, n) for n in names
                 if (n == stem or (m and n.startswith(stem + ".")))
                 and is_elf(os.path.join(d, n))]
        if found:
            return min(found, key=_version_key)
    return None


def module_field(binary: str) -> Optional[str]:
    """The module field a translation writes for a user-function point on the ELF
    file `binary`, or None when `binary` is a program (it goes in the tuple's
    second field, `@@uft:/usr/bin/test:*:foo:entry`). A shared object is the
    module, named as a porter writes it: by its file name when the library
    directories find that name again (`libc.so.6`, read back as the same file),
    else by its path. A bare name (D's `pid$target:libc.so.6:...`) stays as written."""
    base = os.path.basename(binary)
    if not _FILE.match(base):
        return None
    if "/" not in binary:
        return binary
    found = find_library(base)
    same = found is not None and os.path.realpath(found) == os.path.realpath(binary)
    return base if same else binary
