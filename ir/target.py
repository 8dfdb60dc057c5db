"""What the analysis knows about the kernel a script will run on.

Probe points are resolved against the *target* kernel (the sandbox guest's or
the host's), never against a built-in list: syscall numbers come from that
kernel's headers, function names from its kallsyms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from xtrace.ir.loc import XtraceError

_NR_RE = re.compile(r"^#define\s+__NR_(\w+)\s+(\d+)\s*$")


# kallsyms dump -> module -> function names (KernelTarget.module_functions)
_MODULE_FUNCTIONS: dict[Path, dict[str, set[str]]] = {}


# Functions a return probe must not be put on, with why: the kernel does not
# always refuse it. __switch_to returns on the next task's stack: 6.1 refuses a
# kretprobe there (x86's kretprobe blacklist), 6.12 accepts it and the first
# return panics the kernel in rethook_trampoline_handler().
NO_RETURN_PROBE = {"__switch_to": "it returns into another task"}


@dataclass
class KernelTarget:
    """A kernel release plus what can be probed in it.

    functions is None when the kernel's symbols are unknown (then kernel
    function probes cannot be checked before the build and are refused).
    """

    release: str
    headers: Path
    syscalls: dict[str, int]
    functions: Optional[set[str]] = None
    kprobe_blacklist: set[str] = field(default_factory=set)
    tracepoints: Optional[set[str]] = None
    # A /proc/kallsyms dump of the target, for printf's %a (symbol+offset); the
    # driver's targets set it when they have one (the sandbox's capture, the host's).
    kallsyms: Optional[Path] = None
    # The /proc/modules of the boot that dump was taken in (None: the dump is the
    # running kernel's own): where its module symbols were, to move them to
    # where the modules are in the run's boot.
    kallsyms_modules: Optional[Path] = None
    # Where the kernel's raw BTF is, asked only when a script reads kernel
    # structures (the sandbox boots its guest once to capture it); None or a
    # function returning None: the kernel has no BTF.
    btf_file: Optional[Callable[[], Optional[Path]]] = None
    # Module -> function names, when given rather than read from the kallsyms dump
    # (translation, which checks no symbols, lets a script's own names through).
    module_symbols: Optional[dict[str, set[str]]] = None
    # Where a loaded module's own BTF is (/sys/kernel/btf/<module>: split BTF on top
    # of the kernel's), given the module's name; None or None returned: unknown.
    module_btf_file: Optional[Callable[[str], Optional[Path]]] = None
    # functions holds only the names a script probes, believed present (a translation
    # has no kernel symbols): a point missing from it is unknown, not absent
    functions_guessed: bool = False
    # a translation's way to the kernel's real function names, asked only to settle
    # stap's `a!, b` (driver/translate_sufficient.py): (boot) -> the names, or None
    # when unknown; boot: whether it may capture them in the sandbox VM
    known_functions: Optional[Callable[[bool], Optional[set[str]]]] = None
    # a translation says "the -c command's program" in the other language
    # (pid$target, @@uft:$__CPID:*, process.function("f")) without knowing it:
    # its functions are not looked up
    target_program_unknown: bool = False
    # a translation's analysis: points whose run matches no probe by the language's
    # own rule (D's `:libc.so.6:malloc:entry`, no pid provider named) still stand
    # for what a porter reads them as
    translating: bool = False
    # (functions, probeable_functions()) as last computed
    _probeable: Optional[tuple] = field(default=None, init=False, repr=False, compare=False)
    _text_ends: Optional[set[str]] = field(default=None, init=False, repr=False, compare=False)

    def module_functions(self) -> Optional[dict[str, set[str]]]:
        """Function names of each loaded kernel module, from the kallsyms dump (None
        when there is no dump); read once."""
        if self.module_symbols is not None:
            return self.module_symbols
        if self.kallsyms is None:
            return None
        cached = _MODULE_FUNCTIONS.get(self.kallsyms)
        if cached is None:
            cached = {}
            for line in self.kallsyms.read_text().splitlines():
                r = line.split()
                if len(r) > 3 and r[1] in ("t", "T", "w", "W"):
                    cached.setdefault(r[3].strip("[]"), set()).add(r[2])
            _MODULE_FUNCTIONS[self.kallsyms] = cached
        return cached

    def btf(self):
        """The kernel's BTF (ir.btf.BTF) or None; read once per process."""
        path = self.btf_file() if self.btf_file is not None else None
        if path is None:
            return None
        from .btf import load
        return load(path)

    def module_btf(self, module: str):
        """Module `module`'s BTF (ir.btf.BTF: its own types on top of the kernel's,
        which it refers to by id) or None when the kernel or the module has none."""
        base = self.btf()
        path = self.module_btf_file(module) if base is not None and self.module_btf_file else None
        if path is None:
            return None
        from .btf import load
        return load(path, base)

    def function_btf(self, func: str):
        """(BTF, name) describing kernel function `func`: a `module:function` site's
        is its module's BTF and the bare name; (None, name) when there is none."""
        mod, sep, name = func.partition(":")
        if sep:
            return self.module_btf(mod), name
        return self.btf(), func

    def blacklisted(self, func: str) -> bool:
        """Does the kernel refuse a kprobe on function `func`: one of its kprobe
        blacklist, or a part the compiler split off one (`f.cold`, `f.part.0`),
        which the kernel's within_kprobe_blacklist() checks by the name before the
        first '.'."""
        bl = self.kprobe_blacklist
        return func in bl or ("." in func and func.split(".", 1)[0] in bl)

    def probeable_functions(self) -> set[str]:
        """`functions` without those the kernel refuses to kprobe (blacklisted());
        computed once."""
        if self._probeable is None or self._probeable[0] is not self.functions:
            ok = {f for f in self.functions or () if not self.blacklisted(f)}
            self._probeable = (self.functions, ok)
        return self._probeable[1]

    def text_ends(self) -> set[str]:
        """Text symbols of the kernel's kallsyms dump that are not code: its own text
        ends at _etext, where kallsyms still lists `_etext` (and on 6.1
        `__indirect_thunk_end`) as text. The kernel refuses a kprobe there
        (register_kprobe: -EINVAL) and the tracer's list of functions
        (available_filter_functions, dtrace's fbt probes) has none of them. Empty
        without a dump; read once per dump (kept in the disk cache)."""
        if self.kallsyms is None:
            return set()
        if self._text_ends is None:
            from .diskcache import cached_json, file_identity
            dump = self.kallsyms

            def read() -> list[str]:
                return sorted(kallsyms_text_ends(dump.read_text(errors="replace").splitlines()))

            self._text_ends = (set(read()) if str(dump).startswith("/proc/")
                               else set(cached_json("kallsyms-text-ends-v1", file_identity([dump]), read)))
        return self._text_ends

    @property
    def nr_syscalls(self) -> int:
        return max(self.syscalls.values(), default=-1) + 1


def read_syscall_table(headers: Path) -> dict[str, int]:
    """Syscall name -> number for x86_64, from the kernel headers' generated unistd_64.h."""
    rel = "arch/x86/include/generated/uapi/asm/unistd_64.h"
    try:
        text = (headers / rel).read_text()
    except OSError:
        raise XtraceError(f"{headers} is not a prepared kernel build tree (it has no {rel}): "
                          "give the kernel headers' directory with --headers") from None
    table: dict[str, int] = {}
    for line in text.splitlines():
        m = _NR_RE.match(line)
        if m and m.group(1) != "syscalls":  # __NR_syscalls: the table's size, not a call
            table[m.group(1)] = int(m.group(2))
    return table


def read_kallsyms(path: Path) -> set[str]:
    """Function names (text symbols) from a /proc/kallsyms dump, module symbols excluded."""
    return kallsyms_functions(path.read_text().splitlines(), modules=False)


def kallsyms_text_ends(lines) -> set[str]:
    """The kernel's own text symbols (no module's) of kallsyms lines at or past the end
    of its text, _etext, other than its init memory's (kallsyms_functions leaves
    those out): markers, not functions. Empty without the bounds."""
    rows = [line.split() for line in lines]
    marks = ("_stext", "_etext", "__init_begin", "__init_end", "_sinittext", "_einittext")
    bounds = {r[2]: int(r[0], 16) for r in rows if len(r) == 3 and r[2] in marks}
    lo, hi = bounds.get("_stext"), bounds.get("_etext")
    if lo is None or hi is None:
        return set()
    init = [(bounds.get(a), bounds.get(b)) for a, b in (("__init_begin", "__init_end"),
                                                         ("_sinittext", "_einittext"))]
    out: set[str] = set()
    for r in rows:
        if len(r) != 3 or r[1] not in ("t", "T", "w", "W"):
            continue
        addr = int(r[0], 16)
        if not lo <= addr < hi and not any(a is not None and b is not None and a <= addr < b
                                           for a, b in init):
            out.add(r[2])
    return out


def kallsyms_functions(lines, modules: bool = True) -> set[str]:
    """Text symbols of kallsyms lines, without the kernel's init memory: kallsyms still
    lists `__init` and `__exit` functions (.init.text, and on x86 .exit.text after it:
    between __init_begin and __init_end), but that memory is freed after boot and
    cannot be kprobed, so stap finds no such function (it skips .init.* and .exit.*
    sections). A dump without those bounds falls back to _sinittext.._einittext."""
    rows = [line.split() for line in lines]
    marks = ("__init_begin", "__init_end", "_sinittext", "_einittext")
    bounds = {r[2]: int(r[0], 16) for r in rows if len(r) == 3 and r[2] in marks}
    lo, hi = bounds.get("__init_begin"), bounds.get("__init_end")
    if lo is None or hi is None:
        lo, hi = bounds.get("_sinittext"), bounds.get("_einittext")
    names: set[str] = set()
    for r in rows:
        if len(r) < 3 or r[1] not in ("t", "T", "w", "W") or (len(r) > 3 and not modules):
            continue
        if lo is not None and hi is not None and len(r) == 3 and lo <= int(r[0], 16) < hi:
            continue
        names.add(r[2])
    return names
