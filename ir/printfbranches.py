"""A printf of `c ? text1 : text2` as an `if` of two printfs, each text in its format.

stap's retstr in a D port (frontends/retstr_port.py) is `arg0 < 0 &&
errno_names[-arg0] != "" ? sprintf("%d (%s)", ...) : sprintf("%d", arg0)`, and D,
having no sprintf, says each arm with strjoin() and lltostr() inside the printf:

    printf("%s = %s\\n", probefunc, c ? strjoin(strjoin(strjoin(lltostr(arg0), " ("), ...

A porter writes the choice as an `if` and each arm's text with the printf's own
conversions instead:

    if (arg0 < 0 && errno_names[-arg0] != "")
        printf("%s = %d (%s)\\n", probefunc, arg0, errno_names[-arg0]);
    else
        printf("%s = %d\\n", probefunc, arg0);

A choice among more texts (`retval > 0 ? "PID" : retstr`'s port) is an `else if` chain.
Exact where the condition and the other arguments are read without side effects (each
path evaluates what the printf did, once); the arms are then spliced into the formats
by ir/sprintfsplice.py.
"""

from __future__ import annotations

import copy

from . import nodes as ir

# what the condition and the other arguments may hold: values read, nothing changed
_PURE = (ir.IntLit, ir.StrLit, ir.Var, ir.SyscallVar, ir.ProbeArg, ir.Unary, ir.Binary,
         ir.Ternary, ir.Sprintf, ir.Index, ir.Builtin, ir.Cast)


def ternary_printfs_as_ifs(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose statement printfs with one bare-`%s` argument choosing
    between two texts, a sprintf at least one of them, are an if/else of printfs;
    `prog` itself when none has one."""
    if not any(_split_at(s) is not None for p in prog.probes for s in ir.walk(p.body)):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        p.body = ir.map_tree(p.body, _as_if)
    return prog


def _split_at(s) -> int | None:
    """The index of the argument `s` (a printf) chooses its text by, or None."""
    if not isinstance(s, ir.Printf) or s.stderr or ir.has_star_conversion(s.fmt):
        return None
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group(1) != "%"]
    if len(convs) != len(s.args):
        return None
    found = [i for i, (m, a) in enumerate(zip(convs, s.args)) if m.group(0) == "%s"
             and isinstance(a, ir.Ternary) and _text(a.then) and _text(a.else_)
             and any(isinstance(x, ir.Sprintf) for x in ir.walk(a))]
    if len(found) != 1:
        return None
    i = found[0]
    rest = [s.args[i].cond] + [a for k, a in enumerate(s.args) if k != i]
    if not all(isinstance(n, _PURE) for e in rest for n in ir.walk(e)):
        return None
    return i


def _text(e) -> bool:
    """A text: a sprintf, a literal, or a choice between texts (`c ? "PID" : retstr`'s
    port, whose arms are split in turn)."""
    return isinstance(e, (ir.Sprintf, ir.StrLit)) or (
        isinstance(e, ir.Ternary) and _text(e.then) and _text(e.else_))


def _as_if(n):
    i = _split_at(n)
    if i is None:
        return n
    choice = n.args[i]

    def arm(text: ir.Expr) -> ir.Printf:
        args = [copy.deepcopy(a) for a in n.args]
        args[i] = text
        return ir.Printf(n.fmt, args, loc=n.loc)
    if isinstance(choice.cond, ir.IntLit):  # decided already (a tapset's constant flag)
        return _as_if(arm(choice.then if choice.cond.value else choice.else_))
    return ir.If(choice.cond, _as_if(arm(choice.then)), _as_if(arm(choice.else_)), loc=n.loc)
