"""Kernel variables by name: the address of a data symbol in the target's kallsyms.

Vue's `__kernel int max_threads;` reads the kernel's variable where it lies. The
address comes from the target kernel's /proc/kallsyms (the sandbox's capture, taken
in a guest booted with nokaslr so it stays valid; the host's live file), and the
generated module reads it with copy_from_kernel_nofault, so a wrong address is a
run-time fault, never a crash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

# kallsyms types of variables: initialized data, bss, read-only data (either case)
_DATA_TYPES = frozenset("dDbBrR")


class SymbolError(ValueError):
    """Why a name cannot be read as a kernel variable."""


def data_symbol(kallsyms: Optional[Path], name: str) -> int:
    """The address of vmlinux variable `name`; SymbolError when the kernel has none
    (or only a function, or a module's variable, which moves from boot to boot)."""
    if kallsyms is None:
        raise SymbolError("the target kernel's symbol table (/proc/kallsyms) is not known")
    found: list[tuple[int, str]] = []
    kinds: set[str] = set()
    absolute: list[int] = []  # kallsyms lists x86-64's per-CPU variables as 'A' offsets
    percpu: dict[str, int] = {}  # __per_cpu_start and __per_cpu_end: the offsets' range
    with open(kallsyms, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] in ("__per_cpu_start", "__per_cpu_end"):
                percpu[parts[2]] = int(parts[0], 16)
            if len(parts) < 3 or parts[2] != name:
                continue
            kinds.add(parts[1])
            if len(parts) == 3 and parts[1] in "aA":
                absolute.append(int(parts[0], 16))
            if len(parts) == 3 and parts[1] in _DATA_TYPES:
                found.append((int(parts[0], 16), parts[1]))
    if not found:
        start, end = percpu.get("__per_cpu_start"), percpu.get("__per_cpu_end")
        if start is not None and end is not None and any(start <= a < end for a in absolute):
            raise SymbolError(f"'{name}' is a per-CPU variable (one copy per CPU, each at this "
                              "offset in its CPU's area): a per-CPU variable cannot be read by name")
        if kinds & set("tTwW"):
            raise SymbolError(f"'{name}' is a function in this kernel, not a variable")
        if kinds:
            raise SymbolError(f"'{name}' is not a variable of the kernel image (a module's, or "
                              "of another kind)")
        raise SymbolError(f"this kernel has no variable '{name}'")
    if len({a for a, _ in found}) > 1:
        raise SymbolError(f"this kernel has {len(found)} variables named '{name}' (static "
                          "variables of different files): which one is meant is ambiguous")
    addr = found[0][0]
    if addr == 0:
        raise SymbolError("/proc/kallsyms shows no addresses to this user (run as root)")
    return addr


def reads_kernel_variables(program) -> bool:
    """Whether the program reads kernel variables (then the target's kallsyms is needed)."""
    from . import nodes as n
    bodies = [p.body for p in program.probes] + [p.predicate for p in program.probes if p.predicate]
    bodies += [f.body for f in program.functions]
    return any(isinstance(x, n.Call) and x.name == "ksym_addr" for x in n.walk(bodies))
