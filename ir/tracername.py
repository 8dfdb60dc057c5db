"""The tracer's own process name, said in the target language.

Each tool runs its session from a process of its own, which scripts name to leave
it out: D's `/execname != "dtrace"/`, stap's `execname() != "stapio"`, Vue's
`__pname != "probevue"`. xtrace names the process that starts the session so
(driver/session.py, sandbox/guest_init.sh): BEGIN fires in it, as in the tool's own
(DTrace's dtrace_go() ioctl, stap's begin probes at stapio's STP_START), and prints
it as execname. A port runs under the other tool, so a comparison of the
process name with the source tool's name compares with the target tool's, as a
porter writes it.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir

TRACER_NAMES = {"d": "dtrace", "stap": "stapio", "vue": "probevue"}


def tracer_name_ported(e: ir.Expr, source: Optional[str], target: str) -> Optional[ir.Binary]:
    """`e`, an ==/!= of the process name (execname) with the source language's tracer
    name, comparing with the target language's instead; None for anything else."""
    if not isinstance(e, ir.Binary) or e.op not in ("==", "!=") or source == target:
        return None
    old, new = TRACER_NAMES.get(source or ""), TRACER_NAMES.get(target)
    if old is None or new is None:
        return None
    for name, lit in (("rhs", e.rhs), ("lhs", e.lhs)):
        other = e.lhs if name == "rhs" else e.rhs
        if isinstance(lit, ir.StrLit) and lit.value == old and other == ir.Builtin("execname"):
            return dataclasses.replace(e, **{name: dataclasses.replace(lit, value=new)})
    return None
