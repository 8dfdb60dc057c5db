"""stap's foreach: any loop becomes ir.ForEach; the printing idioms a PrintAgg.

The printing idioms (the driver formats them, with no per-element work in the kernel):

    foreach ([k1, k2] in agg @count- limit 10)
        printf(fmt, k1, k2, @count(agg[k1, k2]))

becomes PrintAgg(agg, layout='format', fmt, value_func='count',
sort_by='value', descending=True, limit=10). The keys must be printed in
loop order, then the one statistic. Sorting by value uses the statistic
named after the array (`@sum-`), or @count when none is named (stap's rule
for statistics arrays), and it must be the printed one. Sorting by the first
key gives sort_by='key'; with no sort at all stap's order is unspecified and
xtrace uses key order.

    foreach ([k1, k2] in agg-) { printf(fmt, k1, k2) print(@hist_log(agg[k1, k2])) }

(the printf is optional; println prints a histogram as print does) becomes PrintAgg(agg, layout='stap_hist', fmt, ...):
every element's histogram, after its keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from xtrace.grammars.generated.stap.StapParser import StapParser as P
from xtrace.ir import nodes as ir

from .literals import decode_strings
from xtrace.ir import aggspec

from .tables import HIST_OPS, STAT_OPS
from .tree import bare_name, is_str_lit, walk

if TYPE_CHECKING:
    from .lower import Lowerer


def lower_foreach(lw: "Lowerer", ctx: P.ForeachStmtContext) -> ir.Stmt:
    """A foreach: the printing idioms above as a PrintAgg, any other loop as ir.ForEach."""
    head = ctx.foreachHead()
    if head.hist is not None:
        return hist_loop(lw, ctx)
    arr = head.array.text
    if arr not in lw.decls:
        raise lw.error(f"unknown array '{arr}'", head.array)
    key_ctxs = head.foreachKeys().foreachKey()
    keys = [k.IDENT().getText() for k in key_ctxs]
    if len(set(keys)) != len(keys):
        raise lw.error("a foreach names one key variable twice", head.foreachKeys())

    sorts: list[tuple[str, int, str]] = [("key", i, k.sort.text) for i, k in enumerate(key_ctxs)
                                         if k.sort is not None]
    if head.valueSort is not None:
        sorts.append(("value", -1, head.valueSort.text))
    if head.arraySort is not None:
        sorts.append(("value", -1, head.arraySort.text))
    if len(sorts) > 1:
        # stap stops at the second sort mark
        marks = [k.sort for k in key_ctxs if k.sort is not None] + \
            [t for t in (head.valueSort, head.arraySort) if t is not None]
        marks.sort(key=lambda t: t.tokenIndex)
        raise lw.error("multiple sort directives", marks[1], kind="parse error")
    sort_stat = None
    if head.statOp is not None:
        sort_stat = head.statOp.text[1:]
        if sort_stat not in STAT_OPS:
            raise lw.error(f"unknown statistic @{sort_stat}", head.statOp)
        if arr not in lw.agg_names:
            raise lw.error(f"@{sort_stat} sorts a statistics aggregate, '{arr}' is an array",
                           head.statOp)

    limit = None
    limit_expr = lw._expr(head.limit) if head.limit is not None else None
    if isinstance(limit_expr, ir.IntLit):
        if limit_expr.value < 0:
            raise lw.error("a foreach limit must not be negative", head.limit)
        limit = limit_expr.value

    if arr in lw.agg_names and (limit_expr is None or limit is not None):
        fast = _print_idiom(lw, ctx, head, arr, keys, sorts, sort_stat, limit)
        if fast is not None:
            return fast
    return _general(lw, ctx, arr, keys, sorts, sort_stat, limit_expr)


def _general(lw: "Lowerer", ctx: P.ForeachStmtContext, arr: str, keys: list[str], sorts,
             sort_stat: Optional[str], limit: Optional[ir.Expr]) -> ir.ForEach:
    head = ctx.foreachHead()
    value = head.value.text if head.value is not None else None
    if arr in lw.agg_names:
        if value is not None:
            raise lw.error(f"'{arr}' is a statistics aggregate: read its elements with "
                           f"@count({arr}[...]) etc., not a value variable", head.value)
    else:
        lw._use_shape(arr, "array", head.array)
    for name in keys + ([value] if value else []):
        if name in lw.decls:
            raise lw.error(f"foreach variable '{name}' is a global; it must be a local", ctx)
    column, descending = None, False
    if sorts:
        kind, col, sign = sorts[0]
        column = 0 if kind == "value" else col + 1
        descending = sign == "-"
    loc = lw.loc(ctx)
    lw.foreach_binds.append((lw.probe_idx, arr, keys, value))
    body = lw._loop_body(ctx.statement(), loc)
    _unmodified(lw, ctx, arr, body)
    return ir.ForEach(arr, keys, body, value=value, sort_column=column, descending=descending,
                      sort_stat=sort_stat or "count", limit=limit, loc=loc)


def _unmodified(lw: "Lowerer", ctx: P.ForeachStmtContext, arr: str, body: ir.Stmt) -> None:
    """stap's rule: a foreach's body (or a function it calls) must not change what it walks."""
    for x in ir.walk(body):
        target, where = None, x.loc
        if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Index):
            target, where = x.target.map, x.target.loc
        elif isinstance(x, (ir.Delete, ir.AggUpdate)):
            target = x.map if isinstance(x, ir.Delete) else x.agg
        if target == arr:
            raise lw.error(f"variable '{arr}' modified during 'foreach' iteration", where)
    for call in (c for c in walk(ctx.statement()) if isinstance(c, P.CallExprContext)):
        if arr in function_writes(lw, call.IDENT().getText()):
            raise lw.error(f"function call modifies var '{arr}' during 'foreach' iteration", call,
                           kind="semantic error")


def hist_loop(lw: "Lowerer", ctx: P.ForeachStmtContext) -> ir.Stmt:
    """`foreach (n = i in @hist_log(s[k]) limit L) body`: stap's loop over every bucket
    of the element's histogram, empty ones too, in bucket order (0 up; the numbering
    is ir.nodes.HistBucket's), i the bucket, n its count. stap's translator ignores
    a sort mark here (a warning says so); `limit L`, evaluated once, stops after L
    buckets. It is said as the loop it is:

        i = 0; [L' = L; c' = 0;]
        for (; i < NBUCKETS [&& c'++ < L']; i++) { n = @hist_log(s[k])[i]; body }
    """
    head = ctx.foreachHead()
    base = head.hist
    op = base.AT_IDENT().getText()[1:]
    if op not in HIST_OPS:
        raise lw.error(f"foreach walks an array or the buckets of @hist_log/@hist_linear, "
                       f"not {base.AT_IDENT().getText()}", base)
    key_ctxs = head.foreachKeys().foreachKey()
    if len(key_ctxs) != 1:
        raise lw.error("Invalid indexing of histogram: a loop over its buckets has one index "
                       "variable, the bucket", head.foreachKeys(), kind="semantic error")
    if head.statOp is not None:
        raise lw.error(f"a loop over the buckets of @{op} sorts by nothing, not "
                       f"{head.statOp.text}", head.statOp)
    marks = [t for t in (key_ctxs[0].sort, head.valueSort, head.arraySort) if t is not None]
    if marks:
        at = lw.loc(marks[0])
        lw.warnings.append(f"WARNING: the sort mark of a foreach over the buckets of @{op} is "
                           f"ignored, as stap's translator ignores it: the buckets are visited "
                           f"in bucket order: {at}")
    loc = lw.loc(ctx)
    key = key_ctxs[0].IDENT().getText()
    value = head.value.text if head.value is not None else None
    for name, node in [(key, key_ctxs[0])] + ([(value, head.value)] if value else []):
        if name in lw.decls:
            raise lw.error(f"foreach variable '{name}' is a global; it must be a local", node)
    if value == key:
        raise lw.error("a foreach names one variable as both its value and its key", head.value)
    target, params = lw._hist_target(base)
    nb = aggspec.bucket_count(op, [x.value for x in params])
    def var(name: str) -> ir.Var:
        return ir.Var(name, "local", loc=loc)
    init: list[ir.Stmt] = [ir.ExprStmt(ir.Assign(var(key), "=", ir.IntLit(0, loc=loc), loc=loc), loc=loc)]
    cond: ir.Expr = ir.Binary("<", var(key), ir.IntLit(nb, loc=loc), loc=loc)
    if head.limit is not None:
        # names no script writes (stap's own start with two underscores), one pair a loop
        most, count = f"__hist_limit_{loc.line}_{loc.col}", f"__hist_count_{loc.line}_{loc.col}"
        init += [ir.ExprStmt(ir.Assign(var(most), "=", lw._expr(head.limit), loc=loc), loc=loc),
                 ir.ExprStmt(ir.Assign(var(count), "=", ir.IntLit(0, loc=loc), loc=loc), loc=loc)]
        counted = ir.Binary("<", ir.IncDec(var(count), "++", False, loc=loc), var(most), loc=loc)
        cond = ir.Binary("&&", cond, counted, loc=loc)
    body = lw._loop_body(ctx.statement(), loc)
    _unmodified(lw, ctx, target.map, body)
    if value is not None:
        read = ir.HistBucket(target.map, target.keys, op, list(params), index=var(key),
                             checked=False, loc=lw.loc(base))
        body = ir.Block([ir.ExprStmt(ir.Assign(var(value), "=", read, loc=loc), loc=loc), body],
                        loc=body.loc)
    step = ir.IncDec(var(key), "++", False, loc=loc)
    walks = base.start.getInputStream().getText(base.start.start, base.stop.stop)
    return ir.Block(init + [ir.While(cond, body, step, walks=walks, loc=loc)], loc=loc)


def _print_idiom(lw: "Lowerer", ctx: P.ForeachStmtContext, head, arr: str, keys: list[str],
                 sorts, sort_stat: Optional[str], limit: Optional[int]) -> Optional[ir.PrintAgg]:
    """The loops that print every element of a statistics aggregate (module docstring)."""
    def unsupported():
        return None

    hist = _hist_body(lw, ctx.statement(), arr, keys)
    if hist is not None:
        return _hist_foreach(lw, ctx, arr, hist, sorts, sort_stat, limit, unsupported)

    found = _printf_and_flags(lw, ctx.statement())
    if found is None:
        return unsupported()
    call, marks = found
    args = call.expr()
    if not args or not is_str_lit(args[0]):
        return unsupported()
    rest = args[1:]
    if len(rest) != len(keys) + 1 or any(bare_name(a) != k for a, k in zip(rest, keys)):
        return unsupported()
    func = _printed_stat(rest[-1], arr, keys, head.value.text if head.value else None)
    if func is None:
        return unsupported()

    sort_by, descending = "key", False
    if sorts:
        kind, column, sign = sorts[0]
        descending = sign == "-"
        if kind == "key":
            if column != 0:
                return unsupported()  # the IR sorts on the keys from the first one
        else:
            sort_by = "value"
            if (sort_stat or "count") != func:
                return unsupported()
    fmt = decode_strings(args[0].primary().STRING(), lw.loc(args[0]), lw.source)
    return ir.PrintAgg(arr, layout="format", fmt=fmt, value_func=func, sort_by=sort_by,
                       descending=descending, limit=limit, loc=lw.loc(ctx), marks=marks)


def _hist_foreach(lw: "Lowerer", ctx, arr: str, hist, sorts, sort_stat, limit,
                  unsupported) -> Optional[ir.PrintAgg]:
    """Every element's histogram, each after its keys printed with `fmt` (if any);
    sorted by key, or by @count (stap's order for statistics arrays)."""
    fmt, at, called = hist
    sort_by, descending = "key", False
    if sorts:
        kind, column, sign = sorts[0]
        descending = sign == "-"
        if kind == "key" and column != 0:
            return unsupported()
        if kind == "value":
            if (sort_stat or "count") != "count":
                return unsupported()
            sort_by = "value"
    node = lw._hist_print(at, lw.loc(ctx), loop_keys=True)
    return ir.PrintAgg(arr, layout="stap_hist", fmt=fmt, value_func=node.value_func, sort_by=sort_by,
                       descending=descending, limit=limit, loc=lw.loc(ctx), called=called)


def _hist_body(lw: "Lowerer", stmt: P.StatementContext, arr: str, keys: list[str]):
    """(fmt or None, the @hist_* operator, print or println) when a loop body is an
    optional `printf(fmt, k1, ..)` of the loop keys, then `print(@hist_*(arr[k1, ..]))`."""
    while isinstance(stmt, P.BlockStmtContext):
        inner = [s for s in stmt.block().statement() if not isinstance(s, P.EmptyStmtContext)]
        if len(inner) == 1 and isinstance(inner[0], P.BlockStmtContext):
            stmt = inner[0]
            continue
        break
    stmts = [s for s in stmt.block().statement() if not isinstance(s, P.EmptyStmtContext)] \
        if isinstance(stmt, P.BlockStmtContext) else [stmt]
    if not 1 <= len(stmts) <= 2:
        return None
    calls = []
    for st in stmts:
        if not isinstance(st, P.ExprStmtContext):
            return None
        e = st.expr()
        if not (isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.CallExprContext)):
            return None
        calls.append(e.primary())
    last = calls[-1]
    # (println() of a histogram prints what print() does: lower.py _print)
    if last.IDENT().getText() not in ("print", "println") or len(last.expr()) != 1:
        return None
    at = last.expr()[0]
    if not (isinstance(at, P.PrimaryExprContext) and isinstance(at.primary(), P.AtExprContext)):
        return None
    at = at.primary()
    if at.AT_IDENT().getText()[1:] not in ("hist_log", "hist_linear") or not at.expr():
        return None
    target = at.expr()[0]
    if not (isinstance(target, P.PrimaryExprContext) and isinstance(target.primary(), P.IndexExprContext)):
        return None
    idx = target.primary()
    if idx.IDENT().getText() != arr or [bare_name(k) for k in idx.expr()] != keys:
        return None
    fmt = None
    if len(calls) == 2:
        pf = calls[0]
        args = pf.expr()
        if pf.IDENT().getText() != "printf" or not args or not is_str_lit(args[0]):
            return None
        if [bare_name(a) for a in args[1:]] != keys:
            return None
        fmt = decode_strings(args[0].primary().STRING(), lw.loc(args[0]), lw.source)
    return fmt, at, last.IDENT().getText()


def _printf_and_flags(lw: "Lowerer", stmt: P.StatementContext) \
        -> Optional[tuple[P.CallExprContext, list[str]]]:
    """The printf call when a loop body is just one printf (in any number of braces),
    or one printf and then `flag = 1` stores into scalar globals (a D port's record
    that a row printed: PrintAgg.marks); and those globals."""
    while isinstance(stmt, P.BlockStmtContext):
        inner = [s for s in stmt.block().statement() if not isinstance(s, P.EmptyStmtContext)]
        if len(inner) > 1:
            marks = [_flag_store(lw, s) for s in inner[1:]]
            call = _single_printf(inner[0])
            if call is None or None in marks or len(set(marks)) != len(marks):
                return None
            return call, marks
        if not inner:
            return None
        stmt = inner[0]
    call = _single_printf(stmt)
    return None if call is None else (call, [])


def _flag_store(lw: "Lowerer", stmt: P.StatementContext) -> Optional[str]:
    """The global of `name = 1`, a scalar global's store of 1 as a statement."""
    if not isinstance(stmt, P.ExprStmtContext) or not isinstance(stmt.expr(), P.AssignExprContext):
        return None
    e = stmt.expr()
    name, value = bare_name(e.expr(0)), e.expr(1)
    if e.op.text != "=" or name is None or name not in lw.decls or name in lw.agg_names \
            or not (isinstance(value, P.PrimaryExprContext) and isinstance(value.primary(), P.IntLitContext)
                    and value.primary().INT().getText() == "1"):
        return None
    return name


def _single_printf(stmt: P.StatementContext) -> Optional[P.CallExprContext]:
    """The printf call when `stmt` is just one printf (in any number of braces)."""
    while isinstance(stmt, P.BlockStmtContext):
        inner = [s for s in stmt.block().statement() if not isinstance(s, P.EmptyStmtContext)]
        if len(inner) != 1:
            return None
        stmt = inner[0]
    if not isinstance(stmt, P.ExprStmtContext):
        return None
    e = stmt.expr()
    if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.CallExprContext) \
            and e.primary().IDENT().getText() == "printf":
        return e.primary()
    return None


def _printed_stat(e: P.ExprContext, arr: str, keys: list[str], value: Optional[str]) -> Optional[str]:
    """F when e is `@F(arr[k1, ..])` with the loop keys in order, or `@F(value)`."""
    if not isinstance(e, P.PrimaryExprContext) or not isinstance(e.primary(), P.AtExprContext):
        return None
    at = e.primary()
    func = at.AT_IDENT().getText()[1:]
    inner = at.expr()
    if func not in STAT_OPS or len(inner) != 1 or at.targetSuffix():
        return None
    target = inner[0]
    if value is not None and bare_name(target) == value:
        return func
    if isinstance(target, P.PrimaryExprContext) and isinstance(target.primary(), P.IndexExprContext):
        idx = target.primary()
        if idx.IDENT().getText() == arr and [bare_name(k) for k in idx.expr()] == keys:
            return func
    return None


def function_writes(lw: "Lowerer", name: str) -> set[str]:
    """The globals a script function (or one it calls, transitively) assigns, increments,
    deletes or adds to: stap forbids calling it inside a foreach over one of them."""
    cache = lw.__dict__.setdefault("_fn_writes", {})
    if name in cache:
        return cache[name]
    cache[name] = set()  # a recursive call adds nothing new
    f = lw.fn_ctxs.get(name)
    out: set[str] = set()
    if f is not None and f.block() is not None:
        for node in walk(f.block()):
            target = None
            if isinstance(node, P.AssignExprContext):
                target = node.expr(0)
            elif isinstance(node, (P.PreIncDecExprContext, P.PostIncDecExprContext)):
                target = node.expr()
            elif isinstance(node, P.DeleteStmtContext):
                target = node.expr()
            elif isinstance(node, P.CallExprContext):
                out |= function_writes(lw, node.IDENT().getText())
            if isinstance(target, P.PrimaryExprContext):
                prim = target.primary()
                if isinstance(prim, (P.IndexExprContext, P.NameExprContext)):
                    out.add(prim.IDENT().getText())
    cache[name] = out
    return out

