"""What an IR construct is called in a script's own terms, for a printer's messages.

A printer that meets a construct its language has no form for says so naming
the construct as the script's reader knows it ("kernel structure member access
`curthread->cred->uid.val`", "a user stack (ustack())"), never by the IR class
that holds it. The location comes with the error (file:line:col).
"""

from __future__ import annotations

import re

from xtrace.ir import nodes as ir

# IR class -> what a script's reader calls it
_NAMES: dict[type, str] = {
    ir.UStack: "a stack as a value (D's ustack()/stack() as an aggregation key)",
    ir.SyscallVar: "a system call's named argument",
    ir.AliasVar: "a tapset alias's variable",
    ir.ProbeArg: "a probe argument",
    ir.ScriptArg: "a script argument ($1, $$1)",
    ir.ContextVars: "stap's $$parms/$$vars/$$locals/$$return",
    ir.RegexMatch: "a regular expression match (=~, !~)",
    ir.Defined: "stap's @defined()",
    ir.KernelCast: "a cast to a kernel structure pointer",
    ir.ContainerOf: "stap's @container_of()",
    ir.KernelElem: "an element of a kernel array",
    ir.HistBucket: "a read of a histogram's bucket (stap's @hist_log(s)[i])",
    ir.AggRead: "a read of an aggregation's value",
    ir.Sprintf: "sprintf() (a formatted string)",
    ir.InMap: "the membership test `[k] in array`",
    ir.FuncCall: "a call of a script function",
    ir.Wildcard: "a wildcard key (`*`) of an array or aggregation",
    ir.Fail: "error() (a run-time error raised by the script)",
    ir.Raise: "raise()/stop() (a signal to the probed thread)",
    ir.Delay: "a busy-wait in the probe (stap's udelay()/mdelay(), D's chill())",
    ir.System: "system() (a shell command)",
    ir.Next: "'next' (leaving the probe handler early)",
    ir.While: "a loop",
    ir.ForEach: "a foreach loop",
    ir.Break: "'break'",
    ir.Continue: "'continue'",
    ir.Return: "'return'",
    ir.Trace: "D's trace()",
    ir.PrintTree: "Vue's ptree() (the process tree)",
    ir.PrintStack: "a kernel stack trace",
    ir.AggControl: "clearing or truncating an aggregation",
    ir.SetOpt: "setting a run-time option (setopt())",
    ir.TraceMem: "D's tracemem() (a dump of kernel memory)",
    ir.Speculate: "D's speculative tracing",
    ir.SpecEnd: "D's speculative tracing (commit()/discard())",
    ir.SpecStop: "Vue's end_tentative()",
    ir.PrintVar: "printing a whole variable or array",
    ir.Delete: "'delete'",
    ir.Try: "a try/catch block",
}


# An AggControl named by what it does: keylatency.d's normalize() was refused as
# "clearing or truncating an aggregation", which it does not do.
_AGG_CONTROLS = {
    "clear": "clearing an aggregation (clear())",
    "trunc": "truncating an aggregation (trunc())",
    "normalize": "dividing an aggregation's printed values (normalize())",
    "denormalize": "printing an aggregation's raw values again (denormalize())",
}


def describe(node) -> str:
    """`node` (an IR expression or statement) named as a script's reader knows it."""
    if isinstance(node, ir.AggControl) and node.op in _AGG_CONTROLS:
        return _AGG_CONTROLS[node.op]
    if isinstance(node, ir.Translated):
        return f"`{node.text}`"
    if isinstance(node, ir.KernelMember):
        return f"kernel structure member access `{spelled(node)}`"
    for cls in type(node).__mro__:
        if cls in _NAMES:
            return _NAMES[cls]
    # a construct added later: its class name in words ("AggUpdate" -> "agg update")
    return " ".join(w.lower() for w in re.findall(r"[A-Z][a-z]*", type(node).__name__))


def spelled(e: ir.Expr) -> str:
    """A kernel memory access written out C-style: `curthread->cred->uid.val`,
    `((struct task_struct *)args[2])->comm`."""
    if isinstance(e, ir.KernelMember):
        path = ".".join(e.path)
        return f"{'&' if e.addr_of else ''}{spelled(e.base)}->{path}"
    if isinstance(e, ir.KernelElem):
        return f"{spelled(e.base)}[{spelled(e.index)}]"
    if isinstance(e, ir.KernelCast):
        return f"(({e.ctype}){spelled(e.expr)})"
    if isinstance(e, ir.ProbeArg):
        return f"args[{e.position}]" if e.position is not None else f"${e.name}"
    if isinstance(e, ir.Builtin):
        return e.name
    if isinstance(e, ir.Var):
        return e.name
    if isinstance(e, ir.IntLit):
        return str(e.value)
    if isinstance(e, ir.Translated):
        return e.text
    return "..."
