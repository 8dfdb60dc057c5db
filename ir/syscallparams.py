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


# Declarations in syscalls.h that give types only (`sys_recvfrom(int, void __user *,
# ...)`): the names are those of the syscall's SYSCALL_DEFINE in the kernel's source
# (net/socket.c, fs/aio.c, fs/select.c, kernel/signal.c, kernel/fork.c for x86_64's
# clone), which stap reads from debuginfo.
DEFINE_NAMES = {
    "socket": ["family", "type", "protocol"],
    "socketpair": ["family", "type", "protocol", "usockvec"],
    "bind": ["fd", "umyaddr", "addrlen"],
    "listen": ["fd", "backlog"],
    "accept": ["fd", "upeer_sockaddr", "upeer_addrlen"],
    "accept4": ["fd", "upeer_sockaddr", "upeer_addrlen", "flags"],
    "connect": ["fd", "uservaddr", "addrlen"],
    "getsockname": ["fd", "usockaddr", "usockaddr_len"],
    "getpeername": ["fd", "usockaddr", "usockaddr_len"],
    "sendto": ["fd", "buff", "len", "flags", "addr", "addr_len"],
    "send": ["fd", "buff", "len", "flags"],
    "recvfrom": ["fd", "ubuf", "size", "flags", "addr", "addr_len"],
    "recv": ["fd", "ubuf", "size", "flags"],
    "shutdown": ["fd", "how"],
    "io_submit": ["ctx_id", "nr", "iocbpp"],
    "rt_sigaction": ["sig", "act", "oact", "sigsetsize"],
    "pselect6": ["n", "inp", "outp", "exp", "tsp", "sig"],
    "ppoll": ["ufds", "nfds", "tsp", "sigmask", "sigsetsize"],
    "clone": ["clone_flags", "newsp", "parent_tidptr", "child_tidptr", "tls"],
}

# Words that end a parameter written as a type only (`int`, `unsigned`, `size_t`).
_TYPE_WORDS = frozenset({"int", "long", "short", "char", "unsigned", "signed", "void", "size_t",
                         "aio_context_t", "__user"})


def _param_name(param: str) -> str:
    """The name a declaration's parameter gives, "" when it is a type only."""
    ident = re.search(r"(\w+)\s*(\[\s*\])?$", param)
    if ident is None or ident.group(1) in _TYPE_WORDS or len(re.findall(r"\w+", param)) < 2:
        return ""
    return ident.group(1)


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
        names = [_param_name(param.strip()) for param in m.group(2).split(",")
                 if param.strip() not in ("", "void")]
        if "" in names and len(DEFINE_NAMES.get(m.group(1), ())) == len(names):
            names = list(DEFINE_NAMES[m.group(1)])
        table.setdefault(m.group(1), names)
    return table
