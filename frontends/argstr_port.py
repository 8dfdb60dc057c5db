"""stap's syscall `argstr` in a port: the call's arguments written out, as stap writes them.

stap's tapset gives a syscall probe `argstr`, the call's arguments as strace writes
them (`AT_FDCWD, "/etc/passwd", O_RDONLY`). D and Vue have the raw arguments only
(arg0 ... arg5), so a porter writes the text out for the one syscall the probe is
on, argument by argument in its own format (ir/syscalls.py's kinds, which
backend_c/sysc.py formats for xtrace's own stap runtime):

    printf("%s(%d) openat (%s, \\"%s\\", %s%s)\\n", execname, pid, this->dfd_str,
           copyinstr(arg1), this->flags_str, arg2 & O_CREAT ? strjoin(", ", ...) : "");

This pass replaces each `argstr` of a syscall entry clause with a sprintf() of those
pieces (frontends/argstr_text.py builds them; the printers then splice it into the printf's own format, or join its pieces
where it is kept as a value: ir/sprintfsplice.py, ir/sprintfjoin.py). A symbolic
argument (flags, a named value) is a clause-local string built before the statement
that reads argstr, one line a flag (`this->flags_str = strjoin(this->flags_str,
arg2 & O_CREAT ? "|O_CREAT" : "")`), under the name of stap's own companion
variable (`flags_str`, which a clause may read too); one of many values (a signal,
an fcntl command) is read from a global array of the names filled at BEGIN, the
number where it has none. What differs: stap writes a path it cannot read as its
address (NULL for 0), where D's copyinstr() reports the fault and ends the clause;
the clause says so in a comment.

A probe on several syscalls is one clause per syscall when their formats differ
(stap's syscall.epoll_create, which is epoll_create1 too, is a point each already);
a wildcard (`syscall.*`, `syscall.open*`) whose condition names no one syscall
(syscall_named.py), a syscall whose argstr its own code
writes (futex, prctl) and a kind with no sound form (a struct read from user
memory, execve's argument list, a buffer's bytes) are refused, naming the reason.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.argstr_printed import needs_printing, split_printf
from xtrace.frontends.argstr_text import ArgstrText, fill_name_tables
from xtrace.frontends.common import note_text
from xtrace.frontends.syscall_named import named_by_condition
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc, XtraceError

# What the clause says of a path it reads (see the module's docstring), completed
# by the target's reader.
PATH_NOTE = "stap's argstr writes a path it cannot read as its address (NULL for 0); {} instead"


def path_note(note: str) -> str:
    """PATH_NOTE completed by the target's `note`, filled as a porter writes it."""
    return note_text(PATH_NOTE.format(note))


def _is_argstr(n) -> bool:
    return isinstance(n, ir.Builtin) and n.name == "argstr"


# stap's variables of an argument's symbolic text (flags_str, dfd_str, sig_name), and
# those a syscall sets to a constant (dup2's flags, flags_str): what this pass writes
# where the clause's syscall has them so (ArgstrText.companion).
SYMBOLIC_NAMES = frozenset(name for s in sc.SYSCALLS.values() for name, v in s.variables().items()
                           if v.kind.startswith("sym:") or v.kind in ("zero", "str0x0", "strempty"))


def is_written_out(n) -> bool:
    """argstr, or a symbolic-text variable: what this pass writes out."""
    return _is_argstr(n) or (isinstance(n, ir.SyscallVar) and n.name in SYMBOLIC_NAMES)


def _noted_once(prog: ir.Program, text: str) -> None:
    """The note `text` kept where the first clause says it, left out of the clauses
    after (each said it of its own paths: the port's reader needs it once)."""
    said = False
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.Block):
                if said:
                    x.stmts = [s for s in x.stmts
                               if not (isinstance(s, ir.Comment) and s.text == text)]
                said = said or any(isinstance(s, ir.Comment) and s.text == text for s in x.stmts)


def _written_in(name: str, points: list[ir.ProbePoint]) -> bool:
    """Whether some syscall of `points` has variable `name` as a symbolic text or a
    constant (what this pass writes), not as an argument's own value (`flags`
    is dup2's constant 0, openat's raw argument)."""
    for pt in points:
        for s in sc.glob(pt.name):
            v = sc.SYSCALLS[s].variables().get(name) if s in sc.SYSCALLS else None
            if v is not None and (v.kind.startswith("sym:") or v.kind in ("zero", "str0x0", "strempty")):
                return True
    return False


def argstr_written_out(prog: ir.Program, note: str, text_numbers: bool = True) -> ir.Program:
    """A copy of `prog` with each `argstr` of a syscall entry clause written out as the
    syscall's arguments in stap's format (a sprintf, and the statements setting its
    symbolic arguments' locals), and each of stap's variables of an argument's
    symbolic text (flags_str) as that local; `prog` itself when it reads neither. A
    clause on several syscalls of different formats becomes one clause a syscall.
    `note`: what the target does with a path it cannot read, said where a clause
    reads one (PATH_NOTE). `text_numbers`: the target makes a string of a number (D's
    lltostr(); Vue cannot, so the symbolic kinds, whose text may hold one, are
    printed piece by piece where a printf prints them directly, argstr_printed.py,
    and refused elsewhere). What has no port (see the module's docstring) is left, its reason
    recorded for the printer's refusal (refusal())."""
    if not any(is_written_out(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    probes: list[ir.Probe] = []
    refused: dict[tuple, str] = {}
    for p in prog.probes:
        uses = [x for x in ir.walk([p.body, p.predicate]) if is_written_out(x)
                and (_is_argstr(x) or _written_in(x.name, p.points))]
        if not uses or not sc.entry_points_only(p.points):
            probes.append(p)  # argstr elsewhere: the printer says what it has not
            continue
        try:
            probes += _clauses(p, uses, note, text_numbers)
        except XtraceError as ex:
            # the clause keeps them, which the printer refuses with this reason (or,
            # under --force, marks: frontends/gaps.py)
            refused.update({_at(u.loc): ex.message for u in uses})
            probes.append(p)
    prog.probes = probes
    _noted_once(prog, path_note(note))
    fill_name_tables(prog)
    if refused:
        prog.options = {**(prog.options or {}), REFUSED: refused}
    return prog


# prog.options key: where an argstr (or symbolic variable) was left, and why (refusal()).
REFUSED = "argstr_refused"


def _at(loc: Loc) -> tuple:
    return (loc.file, loc.line, loc.col)


def refusal(prog: ir.Program, e: ir.Expr) -> Optional[str]:
    """Why argstr (or a symbolic variable) `e` of `prog` has no port, when
    argstr_written_out left it for a reason of its own."""
    return ((prog.options or {}).get(REFUSED) or {}).get(_at(e.loc))


def _clauses(p: ir.Probe, uses: list[ir.Expr], note: str, text_numbers: bool) -> list[ir.Probe]:
    """Clause `p` with its argstr written out: itself, or one clause a format."""
    at = uses[0].loc
    if p.predicate is not None and any(
            is_written_out(x) and (_is_argstr(x) or _written_in(x.name, p.points)) for x in ir.walk(p.predicate)):
        raise XtraceError("in a probe's condition: its text is built by statements of the "
                          "clause", at)
    p = named_by_condition(p)
    names = sorted({u.name for u in uses if isinstance(u, ir.SyscallVar)})
    groups = _by_syscall(p, at, any(_is_argstr(u) for u in uses), names)
    out = []
    for s, points in groups:
        q = copy.deepcopy(p) if len(groups) > 1 else copy.copy(p)
        q.body = copy.deepcopy(p.body)
        q.points = points
        taken = {x.name for x in ir.walk(q.body) if isinstance(x, ir.Var) and x.scope == "local"}
        _write_out(q.body, lambda loc, s=s: ArgstrText(s, loc, taken, text_numbers), note,
                   lambda n, pts=points: is_written_out(n) and (_is_argstr(n) or _written_in(n.name, pts)))
        out.append(q)
    return out


def _by_syscall(p: ir.Probe, at: Loc, argstr: bool,
                names: list[str]) -> list[tuple[sc.Syscall, list[ir.ProbePoint]]]:
    """The clause's points grouped by what the clause reads of their syscall: the
    argstr format (`argstr`), the symbolic variables `names` (one syscall standing
    for a group), in the clause's order."""
    groups: dict[tuple, tuple[sc.Syscall, list[ir.ProbePoint]]] = {}
    for pt in p.points:
        hit = sc.glob(pt.name)
        if pt.name != hit[0] or len(hit) != 1:
            raise XtraceError(f"a probe on {pt.spelling or pt.name}: each syscall it hits "
                              "writes its own arguments, which a port writes one syscall at "
                              "a time", at)
        s = sc.lookup(pt.name)
        if s is None:
            raise XtraceError(f"xtrace's syscall table does not describe {pt.name}()'s "
                              "arguments", at)
        if s.custom and argstr:
            raise XtraceError(f"what {pt.name}()'s argstr writes depends on the call's "
                              "operation", at)
        found = s.variables()
        if any(n not in found for n in names):
            raise XtraceError(f"{pt.name}() has no variable {next(n for n in names if n not in found)}", at)
        key = (tuple((v.index, v.kind) for v in s.argstr_vars) if argstr else (),
               tuple((found[n].index, found[n].kind) for n in names))
        groups.setdefault(key, (s, []))[1].append(pt)
    return list(groups.values())


def _write_out(body: ir.Stmt, builder, note: str, wanted) -> None:
    """Each argstr and symbolic variable under `body` replaced by its port, the
    statements setting its locals put before the innermost statement reading it (in
    place). `builder(loc)`: a ArgstrText for a statement; `wanted(node)`: whether the
    node is one to write out."""
    for parent, name, stmts in _stmt_lists(body, wanted):
        out: list[ir.Stmt] = []
        b: Optional[ArgstrText] = None  # one a list: a local set once serves the rest
        noted = False
        for s in stmts:
            own = [y for x in _own_exprs(s) for y in ir.walk(x) if wanted(y)]
            if own:
                b = b or builder(own[0].loc)
                before = len(b.prelude)
                split = (split_printf(s, b, wanted) if not b.text_numbers and isinstance(s, ir.Printf)
                         and any(needs_printing(b, n) for n in own) else None)
                if split is not None:
                    # no string of a number (Vue): printed piece by piece (argstr_printed.py)
                    if b.reads_path and not noted:
                        out.append(ir.Comment(path_note(note), loc=own[0].loc))
                        noted = True
                    out += split
                    continue
                made: list[ir.Sprintf] = []

                def written(n, b=b, made=made):
                    if _is_argstr(n):
                        made[:] = made or [b.argstr()]
                        return copy.deepcopy(made[0])
                    if isinstance(n, ir.SyscallVar) and wanted(n):
                        return b.companion(n.name) or n
                    return n
                s = ir.map_tree(s, written)
                if b.reads_path and not noted:
                    out.append(ir.Comment(path_note(note), loc=own[0].loc))
                    noted = True
                out += b.prelude[before:]
            out.append(s)
        setattr(parent, name, out)


def _stmt_lists(node, wanted) -> list[tuple[object, str, list[ir.Stmt]]]:
    """Every list of statements under `node` (a Block's), innermost last, a single
    statement that is a branch or body wrapped into a Block of its own first."""
    found = []
    for fld in node.__dataclass_fields__:
        v = getattr(node, fld)
        if isinstance(v, ir.Stmt) and not isinstance(v, ir.Block) and any(
                wanted(y) for x in _own_exprs(v) for y in ir.walk(x)):
            # `if (c) printf(..., argstr)`: the branch gets braces for the statements
            v = ir.Block([v], loc=v.loc)
            setattr(node, fld, v)
        if isinstance(v, ir.Stmt):
            found += _stmt_lists(v, wanted)
        elif isinstance(v, list) and v and all(isinstance(x, ir.Stmt) for x in v):
            for x in v:
                found += _stmt_lists(x, wanted)
            found.append((node, fld, v))
    return found


def _own_exprs(s: ir.Stmt) -> list[ir.Expr]:
    """The expressions a statement itself evaluates (not its inner statements')."""
    out: list[ir.Expr] = []
    for fld in s.__dataclass_fields__:
        if fld in ("loc", "type"):
            continue
        v = getattr(s, fld)
        if isinstance(v, ir.Expr):
            out.append(v)
        elif isinstance(v, list):
            out += [x for x in v if isinstance(x, ir.Expr)]
    return out
