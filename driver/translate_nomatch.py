"""A D translation refused for what a description that matches no probe leads to.

A translation checks no kernel symbols: a D script's `fbt::arc_kmem_reap_now:entry`
(illumos's ZFS) is believed present, so a port for another kernel can be made. When
the port is refused anyway, for what the kernel's types say of that function's
`args[0]` (tonynguien/dtrace_nexenta's kmem.d, Tomcu/freebsd-dtrace's zfsio.d),
dtrace's own first word on the script would be that the description matches no
probe: it matches each clause's descriptions before it types the clause's actions
(dt_compile_one_clause), and `xtrace dtrace` says the same. This module finds that
description, where the kernel's function names are at hand.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from xtrace import frontends
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget

from . import probelist

NO_MATCH = "does not match any probes"


def no_match_first(source: str, filename: str, args: tuple[str, ...], target: KernelTarget,
                   refusal: XtraceError) -> Optional[XtraceError]:
    """dtrace's "probe description ... does not match any probes" for D script
    `source` against `target`'s real kernel functions, when its description comes
    before `refusal` (the error the translation stopped at) in the script, as dtrace
    would have stopped there first; else None (also when the kernel's function names
    are unknown without booting the sandbox, or the script does not parse again)."""
    if NO_MATCH in refusal.message or target.known_functions is None:
        return None
    known = target.known_functions(False)
    if not known:
        return None
    try:
        prog = frontends.parse(source, filename, "d", args)
    except XtraceError:
        return None
    real = dataclasses.replace(target, functions=set(known), functions_guessed=False,
                               known_functions=None)
    # only kernel functions: the translation knows the system calls and the rest
    points = [p for probe in prog.probes for p in probe.points
              if p.kind == "kfunc" and not p.optional and not p.alias]
    catalog = probelist.Catalog(real, True)
    missing = next((p for p in points if not p.any_of and not catalog.matching(p)), None)
    if missing is not None:
        found = XtraceError(f"probe description {probelist.describe(missing.spelling)} {NO_MATCH}",
                            missing.loc, source, kind="semantic error")
    elif any(p.any_of for p in points):
        # a description read under several providers (`dmu_buf_hold_array_by_dnode:entry`:
        # syscall's or fbt's) is settled by the analysis, which matches the probes of
        # every clause before it types any action
        try:
            analyze(prog, real)
            return None
        except XtraceError as ex:
            if NO_MATCH not in ex.message or not any(p.any_of and p.loc == ex.loc for p in points):
                return None
            found = ex
            found.source = found.source or source
    else:
        return None
    return found if _not_after(found, refusal) else None


def _not_after(first: XtraceError, then: XtraceError) -> bool:
    """Whether `first` is at or before `then` in the script (either without a place:
    the description, which dtrace reads before any action)."""
    a, b = first.loc, then.loc
    if a is None or b is None or a.file != b.file:
        return True
    return (a.line, a.col) <= (b.line, b.col)
