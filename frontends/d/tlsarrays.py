"""D thread-local associative arrays (`self->ts[arg0] = timestamp`) lowered to
global arrays keyed by the thread id first.

A D thread-local array is one associative array per thread: `self->n[fd]++`
counts per (thread, fd), a missing element reads 0 (or ""), and storing 0
frees the element. The IR has thread-local scalars and global arrays but no
thread-local arrays, and a global array whose first key is `tid` is exactly
one: each thread only ever reaches the elements under its own id. So that is
the lowering, and everything global arrays have (type inference, `++`, `+=`,
the zero-store delete of zerodelete.py, predicates, translations) holds.

While the script is lowered the array is named `self->NAME`, which no D
variable can be called, so that `self->n[k]` and a global `n` (two different
variables in D) never meet; once the whole script is seen, it gets a plain
name that nothing else in the program uses (`self_n`, `self_n_` ...), which
the C backend and the stap/Vue/D printers can spell. The Global says
`per_thread`: a thread's elements end with it, and a later thread that gets
the same id does not see them (the C backend's runtime/xt_tlmap.h).

D has no clause-local arrays (`this->a[k]`): those stay an error.
"""

from __future__ import annotations

from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

_PREFIX = "self->"


def internal_name(name: str) -> str:
    """The IR name of thread-local array `self->name` while the script is lowered."""
    return _PREFIX + name


class ThreadArrayLowering:
    """`self->a[keys]` reads and stores (mixed into Lowering, whose state it uses)."""

    def _thread_array(self, base: P.SelfPrimaryContext, ctx: P.IndexExprContext) -> ir.Index:
        """The element `self->name[keys]` of the current thread: the global array's
        element [tid, keys...]. The array springs into existence where it is first
        named, read or written, as a thread-local scalar does."""
        name = base.name().getText()
        shown = f"self->{name}"
        if name in self.thread_vars:
            raise self.error(f"'{shown}' is a scalar, not an associative array", base)
        key = internal_name(name)
        if key not in self.thread_maps:
            g = ir.Global(key, "map", loc=self.loc(base), shown=shown, implicit_keys=1,
                          per_thread=True)
            self.thread_maps[key] = g
            self.globals.append(g)
        keys = [self.expr(k) for k in ctx.exprList().expr()] if ctx.exprList() else []
        if not keys:
            raise self.error(f"'{shown}' must be indexed with at least one key", ctx)
        self._check_arity(shown, len(keys), ctx)
        tid = ir.Builtin("tid", loc=self.loc(base))
        return ir.Index(key, [tid] + keys, loc=self.loc(ctx))

    def _declare_thread_array(self, ctx: P.DeclarationContext, d: P.DeclaratorContext,
                              vtype: Type) -> None:
        """`self int a[int, string];`: the array's value type and key count hold before
        its first use. `this` arrays do not exist in D."""
        name = d.IDENT().getText()
        if ctx.scope.text != "self":
            raise self.error(f"'this->{name}' cannot be an associative array: D has no "
                             "clause-local associative arrays (use a self-> or global array)", d)
        if d.INT() is not None or d.declKeys() is None:
            raise self.unsupported("a scalar array", d)
        key = internal_name(name)
        if name in self.thread_vars or key in self.thread_maps:
            raise self.error(f"'self->{name}' is already declared", d)
        self._check_arity(f"self->{name}", len(d.declKeys().typeName()), d)
        g = ir.Global(key, "map", type=None if vtype.kind == "void" else vtype, loc=self.loc(d),
                      shown=f"self->{name}", implicit_keys=1, per_thread=True)
        self.thread_maps[key] = g
        self.globals.append(g)

    def _refuse_indexed_this(self, base: P.ThisPrimaryContext, ctx) -> None:
        """D's clause-locals are scalars only; say so (pointer indexing aside)."""
        if self._is_pointer_var(base):
            raise self.unsupported("indexing a pointer variable (p[i])", ctx)
        raise self.error(f"'{base.getText()}' cannot be indexed: D has no clause-local "
                         "associative arrays (use a self-> or global array)", ctx)

    def _check_not_thread_array(self, name: str, node) -> None:
        """`self->name` used as a scalar where it is a thread-local array."""
        if internal_name(name) in self.thread_maps:
            raise self.error(f"'self->{name}' is an associative array; index it", node)


def name_thread_arrays(prog: ir.Program, arrays: dict[str, ir.Global]) -> None:
    """Give, in place, each thread-local array of `prog` (`arrays`, by internal name)
    a name no other variable of the program has: `self_NAME`, with `_` added
    until it is free."""
    if not arrays:
        return
    taken = {g.name for g in prog.globals if g.name not in arrays}
    taken |= {f.name for f in prog.functions}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Var):
                taken.add(x.name)  # a stap port makes thread-locals and locals globals/locals too
    new: dict[str, str] = {}
    for key in arrays:
        fresh = "self_" + key[len(_PREFIX):]
        while fresh in taken:
            fresh += "_"
        taken.add(fresh)
        new[key] = fresh
    for g in prog.globals:
        g.name = new.get(g.name, g.name)
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, (ir.Index, ir.InMap, ir.Delete)):
                x.map = new.get(x.map, x.map)
