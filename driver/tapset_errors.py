"""A port's refusal found in stap tapset code, located at the script's probe.

A tapset probe alias (scheduler.ctxswitch, tcp.recvmsg ...) runs its own code before
the script's body, and the variables the script reads (prev_pid, size) come from it.
When the target language cannot say that code, the error's location is a line of
the built-in tapset text, which the user never wrote nor sees: the probe of the
script that runs it is where a porter looks.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError


def at_script_probe(ex: XtraceError, prog: ir.Program) -> XtraceError:
    """`ex` located at the script's probe whose body holds the tapset node it names
    (the message saying so), or `ex` itself when it is not in tapset code."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    if ex.loc is None or ex.loc.file != TAPSET_FILE:
        return ex
    for probe in prog.probes:
        if probe.loc is None or probe.loc.file == TAPSET_FILE:
            continue
        roots: list = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
        if any(getattr(x, "loc", None) == ex.loc for x in ir.walk(roots)):
            variable = _set_variable(roots, ex)
            ex.message += (f" (the tapset code that sets this probe's `{variable}`)" if variable
                           else " (in the tapset code this probe runs)")
            ex.args = (ex.message,)
            ex.loc = probe.loc
            ex.source = ex.source or prog.source or None
            return ex
    return ex


def _set_variable(roots: list, ex: XtraceError) -> str | None:
    """The name of the probe variable whose tapset assignment holds the node of `ex`."""
    for x in ir.walk(roots):
        if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) \
                and any(getattr(y, "loc", None) == ex.loc for y in ir.walk(x.value)):
            return x.target.name
    return None
