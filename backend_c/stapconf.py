"""stap's STAPCONF_* kernel-feature macros, for a -g script's embedded C.

stap's build tries small C files against the target kernel and defines a
STAPCONF_* macro for each feature found; embedded C written for stap (its
example scripts, tapsets people keep) tests those macros to pick the kernel's
spelling (`#ifdef STAPCONF_DPATH_PATH ... filp->f_path.dentry`). xtrace decides
the commonly tested ones by reading the target kernel's headers, as it does for
strlcpy (backend_c/embedc.py): each macro is defined (as 1) only when the header
shows the feature, and left undefined otherwise, so the script's #else branch
(the older kernel's spelling) is what the compiler sees there, as under stap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Feature:
    """One macro: defined when `header` (relative to a kbuild include root)
    exists and, if `pattern` is given, matches it."""
    macro: str
    header: str
    pattern: str | None
    what: str


FEATURES: tuple[Feature, ...] = (
    Feature("STAPCONF_DPATH_PATH", "include/linux/fs.h", r"struct\s+path\s+f_path\s*;",
            "struct file has f_path (f_dentry/f_vfsmnt are gone)"),
    Feature("STAPCONF_FILES_LOOKUP_FD_RAW", "include/linux/fdtable.h", r"\bfiles_lookup_fd_raw\s*\(",
            "files_lookup_fd_raw() replaced fcheck_files()"),
    Feature("STAPCONF_FILE_LOCK_CORE", "include/linux/filelock.h", r"\bstruct\s+file_lock_core\s*\{",
            "a file_lock's common fields are in its `c` (struct file_lock_core)"),
    Feature("STAPCONF_LINUX_UIDGID_H", "include/linux/uidgid.h", None,
            "kuid_t/kgid_t and from_kuid() have a header of their own"),
    Feature("STAPCONF_LINUX_UACCESS_H", "include/linux/uaccess.h", None,
            "<linux/uaccess.h> exists"),
    Feature("STAPCONF_REAL_PARENT", "include/linux/sched.h", r"\breal_parent\s*;",
            "task_struct has real_parent"),
    Feature("STAPCONF_TASK_UID", "include/linux/sched.h", r"^\s*uid_t\s+uid\s*,",
            "task_struct holds uid itself (before struct cred)"),
    Feature("STAPCONF_X86_UNIREGS", "arch/x86/include/asm/ptrace.h", r"unsigned long\s+ip\s*;",
            "x86 pt_regs spells ip/sp/ax for both widths"),
    Feature("STAPCONF_MMAP_LOCK", "include/linux/mmap_lock.h", r"\bmmap_read_lock\s*\(",
            "mmap_read_lock() rather than mmap_sem"),
    Feature("STAPCONF_INODE_RWSEM", "include/linux/fs.h", r"struct\s+rw_semaphore\s+i_rwsem\s*;",
            "inode's lock is i_rwsem (was i_mutex)"),
    Feature("STAPCONF_KTIME_GET_REAL", "include/linux/timekeeping.h", r"\bktime_get_real\s*\(",
            "ktime_get_real() exists"),
    Feature("STAPCONF_MODULE_MEMORY", "include/linux/module.h", r"\bstruct\s+module_memory\s*\{",
            "a module's sections are in mem[] (6.4 and later)"),
    Feature("STAPCONF_ACCESS_OK_2ARGS", "include/asm-generic/access_ok.h",
            r"#define\s+access_ok\s*\(\s*addr\s*,\s*size\s*\)",
            "access_ok() lost its type argument (5.0)"),
)


def _roots(headers: Path) -> list[Path]:
    """Where the kernel's headers are: Debian splits a kbuild dir into an arch
    part and a -common part its Makefile includes."""
    roots = [headers]
    mk = headers / "Makefile"
    if mk.is_file():
        m = re.search(r"^include\s+(\S+)/Makefile\s*$", mk.read_text(errors="replace"), re.M)
        if m:
            roots.append(Path(m.group(1)))
    return roots


def header_search(headers: Path, header: str, pattern: str) -> bool | None:
    """Whether `header` (relative to an include root of the kbuild dir `headers`)
    matches `pattern`; None when the kernel has no such header."""
    return _search(_roots(Path(headers)), header, pattern)


def _search(roots: list[Path], header: str, pattern: str | None) -> bool | None:
    for root in roots:
        path = root / header
        if path.is_file():
            if pattern is None:
                return True
            return re.search(pattern, path.read_text(errors="replace"), re.M) is not None
    return None


def _has(roots: list[Path], f: Feature) -> bool:
    return bool(_search(roots, f.header, f.pattern))


def defines(headers: Path) -> str:
    """#define lines for the STAPCONF_* features the kernel at `headers` has."""
    roots = _roots(Path(headers))
    return "".join(f"#define {f.macro} 1 /* {f.what} */\n" for f in FEATURES if _has(roots, f))
