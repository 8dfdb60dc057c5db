"""Syscall parameter names from the kernel headers (include/linux/syscalls.h).

stap's `syscall.futex` probes the kernel's sys_futex, so a script may read the
syscall's parameters by their kernel names (`$uaddr`, `$fd`). BTF does not know
them (the SYSCALL_DEFINE wrappers are inlined), but syscalls.h declares every
`asmlinkage long sys_NAME(type name, ...)` with the names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .tracepoints import event_headers_root

_DECL = re.compile(r"asmlinkage\s+long\s+sys_(\w+)\s*\(([^;{]*?)\)\s*;", re.S)


@lru_cache(maxsize=8)
def syscall_params(headers: Path) -> dict[str, list[str]]:
    """Syscall name -> its parameter names in order (an empty list for `(void)`)."""
    root = event_headers_root(headers)
    path = (root or headers) / "include/linux/syscalls.h"
    if not path.is_file():
        return {}
    text = re.sub(r"/\*.*?\*/", " ", path.read_text(errors="replace"), flags=re.S)
    table: dict[str, list[str]] = {}
    for m in _DECL.finditer(text):
        names = []
        for param in m.group(2).split(","):
            param = param.strip()
            if param in ("", "void"):
                continue
            ident = re.search(r"(\w+)\s*(\[\s*\])?$", param)
            names.append(ident.group(1) if ident else "")
        table.setdefault(m.group(1), names)
    return table
