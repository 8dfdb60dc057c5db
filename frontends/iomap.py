"""One block request, three spellings: D's io provider, Vue's I/O probe manager, stap.

D's `io:::start` / `io:::done` (frontends/d/translators.py) and Vue's
`@@io:disk:iostart` / `iodone` (frontends/vue/iomgr.py) both lower to the block
layer's request tracepoints, block:block_rq_issue and block:block_rq_complete,
and read their facts from the tracepoint's `struct request *rq` with the same
IR. This module is the correspondence the translators use, fact by fact:

    D (bufinfo_t / devinfo_t)          Vue (__iobuf / __diskinfo)     Linux
    args[0]->b_bcount                  __iobuf->bcount                rq->__data_len (1)
    args[0]->b_blkno (b_lblkno)        __iobuf->blknum                rq->__sector
    args[0]->b_flags & B_READ          __iobuf->bflags                op != REQ_OP_WRITE
    args[0]->b_flags & B_WRITE         !__iobuf->bflags               op == REQ_OP_WRITE
    args[1]->dev_statname              __diskinfo->name               rq->q->disk->disk_name
    args[1]->dev_name                  (none: the driver's name)      major_names[major % 255]->name
    /args[0]->b_flags & B_WRITE/       @@io:disk:EV:write:*           op == REQ_OP_WRITE
    /args[1]->dev_statname == "sda"/   @@io:disk:EV:*:sda             disk_name == "sda"

(1) at completion Vue's bcount is the tracepoint's nr_bytes, the bytes completed,
which is the request's length unless the driver completes it in pieces.

The facts one language has and the other has not (D's fileinfo_t, b_edev,
dev_major, dev_name; Vue's bufid, error, queue_depth, a read-only operation field) are
listed with the nearest thing the other language has, for the diagnostics.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

ISSUE = "block:block_rq_issue"
COMPLETE = "block:block_rq_complete"
# tracepoint -> (D provider probe, Vue I/O event)
EVENTS: dict[str, tuple[str, str]] = {ISSUE: ("io:::start", "iostart"),
                                      COMPLETE: ("io:::done", "iodone")}
D_PROBE_TRACEPOINT = {d: tp for tp, (d, _) in EVENTS.items()}

# D's io.d constants (frontends/d/translators.py fills b_flags with them)
B_READ, B_WRITE = 0x40, 0x100
REQ_OP_WRITE = 1
REQ_OP_READ = 0

# (D member, Vue member): the same fact of the request
MEMBERS: list[tuple[str, str]] = [
    ("args[0]->b_bcount", "__iobuf->bcount"),
    ("args[0]->b_blkno", "__iobuf->blknum"),
    ("args[1]->dev_statname", "__diskinfo->name"),
]
# D members that are another D member's fact on Linux (said in Vue as that one's)
D_ALIASES: dict[str, str] = {"args[0]->b_lblkno": "__iobuf->blknum",
                             "args[0]->b_bufsize": "__iobuf->bcount"}
D_TO_VUE: dict[str, str] = {**dict(MEMBERS), **D_ALIASES}
# D members a stap port reads whole that Vue has no fact for (read back into D by
# frontends/d/ioprovider_back.py): b_flags, the direction, REQ_SYNC and B_PHYS ORed
D_WHOLE: tuple[str, ...] = ("args[0]->b_flags", "args[1]->dev_name")

# Vue members read differently at iostart and iodone (frontends/vue/iomgr.py)
VUE_BY_EVENT = frozenset({"__iobuf->bcount", "__iobuf->error"})

# D io members Vue's I/O probe manager has no fact for -> Vue's nearest
D_ONLY: dict[str, str] = {
    "args[0]->b_edev": "__diskinfo->name (Vue names the disk; it has no device number), or "
                       "__iobuf->bufid as the key of a request from iostart to iodone",
    "args[1]->dev_name": "__diskinfo->name, the disk's own name (loop0, sda: D's "
                         "dev_statname); Vue has no name of the disk's driver (D's dev_name: "
                         "loop, sd)",
    "args[1]->dev_major": "__diskinfo->name (Vue names the disk; it has no device number)",
    "args[1]->dev_minor": "__diskinfo->name (Vue names the disk; it has no device number)",
    "args[2]->": "@@syscall read/write probes with fd_path() (Vue's disk events carry the "
                 "request, not the file it serves)",
}
# Vue io members D's io provider has no fact for -> D's nearest
VUE_ONLY: dict[str, str] = {
    "__iobuf->bufid": "args[0]->b_edev, args[0]->b_blkno (DTrace's usual key of a request "
                      "from io:::start to io:::done)",
    "__iobuf->error": "none: on Linux D's b_error is 0 (Oracle's io.d)",
    "__diskinfo->queue_depth": "none: devinfo_t has no queue depth",
}
# Vue's `read` operation field: requests that read, which D cannot test for
READS_ONLY = ("Vue's read operation has no test in D's io provider (its B_READ is every "
              "request but a write; nearest: args[0]->b_flags & B_READ)")


def _norm(e: ir.Expr) -> object:
    """A comparable shape of `e`: through D's translated members, with a chain of
    member reads one path (`rq->q->disk` read in one step or three is one read)."""
    if isinstance(e, ir.Translated):
        return _norm(e.value)
    if isinstance(e, ir.Call) and e.name == "kernel_string" and len(e.args) == 1:
        return _norm(e.args[0])  # stap's read of the disk name (D's stringof)
    if isinstance(e, ir.Cast) and e.to.is_int and e.to.bits == 8 and not e.to.signed:
        return ("bin", "&", _norm(e.operand), ("int", 0xFF))  # D's (unsigned char) of stap's & 255
    if isinstance(e, ir.KernelCast) and e.ctype.replace(" ", "") == "structrequest*" \
            and (e.expr == ir.Builtin("arg0") or isinstance(e.expr, ir.ProbeArg) and e.expr.index == 0):
        return ("arg", "rq")  # D's `(struct request *)args[0]` of the tracepoint
    if isinstance(e, ir.KernelCast) and isinstance(e.expr, ir.ProbeArg) and e.expr.type is not None \
            and (e.expr.type.ctype or "").replace(" ", "") == e.ctype.replace(" ", ""):
        return ("arg", e.expr.name)  # stap's tapset `@cast($task, "task_struct")`: the argument
    if isinstance(e, ir.KernelMember) and not e.addr_of:
        base = _norm(e.base)
        if isinstance(base, tuple) and base and base[0] == "member":
            return ("member", base[1], base[2] + tuple(e.path))
        return ("member", base, tuple(e.path))
    if isinstance(e, ir.ProbeArg):
        return ("arg", e.name)
    if isinstance(e, ir.Binary):
        return ("bin", e.op, _norm(e.lhs), _norm(e.rhs))
    if isinstance(e, ir.IntLit):
        return ("int", e.value)
    if isinstance(e, ir.Ternary):  # b_flags' flag terms (frontends/d/translators.py)
        return ("?:", _norm(e.cond), _norm(e.then), _norm(e.else_))
    if isinstance(e, ir.Call) and e.name in ("kernel_read_int", "ksym_addr"):
        return ("call", e.name, tuple(_norm(a) for a in e.args))  # dev_name's major_names read
    if isinstance(e, ir.StrLit):
        return ("str", e.value)
    return e


def same(a: ir.Expr, b: ir.Expr) -> bool:
    """Whether `a` and `b` read the same fact (locations, translations aside)."""
    return _norm(a) == _norm(b)


def _rq(at: Loc) -> ir.Expr:
    return ir.ProbeArg("rq", loc=at)


def op(at: Loc) -> ir.Expr:
    """The request's operation, `rq->cmd_flags & REQ_OP_MASK`."""
    return ir.Binary("&", ir.KernelMember(_rq(at), ["cmd_flags"], loc=at), ir.IntLit(0xFF, loc=at), loc=at)


BLKDEV_MAJOR_HASH_SIZE = 255  # block/genhd.c: major_names[] has 255 chains


def major(at: Loc) -> ir.Expr:
    """The request's disk's major number, `rq->q->disk->major`."""
    return ir.KernelMember(ir.KernelMember(ir.KernelMember(_rq(at), ["q"], loc=at), ["disk"], loc=at),
                           ["major"], loc=at)


def driver_name(major_number: ir.Expr, at: Loc) -> ir.Expr:
    """The name the block driver of major `major_number` registered (register_blkdev:
    "loop", "sd", "virtblk"), as Oracle's io.d reads D's dev_name: the first entry of
    the kernel's major_names hash chain for that major, `major_names[major % 255]->name`."""
    from xtrace.frontends import kernel_vars
    chain = ir.Binary("%", major_number, ir.IntLit(BLKDEV_MAJOR_HASH_SIZE, loc=at), loc=at)
    return ir.Call("kernel_string", [kernel_vars.member_address("major_names", chain, "name", at)],
                   loc=at)


def disk_name(at: Loc) -> ir.Expr:
    return ir.KernelMember(ir.KernelMember(ir.KernelMember(_rq(at), ["q"], loc=at), ["disk"], loc=at),
                           ["disk_name"], loc=at)


def op_test(e: ir.Expr) -> Optional[tuple[str, int]]:
    """(`==` or `!=`, REQ_OP_*) when `e` compares the request's operation to a constant."""
    if isinstance(e, ir.Binary) and e.op in ("==", "!=") and isinstance(e.rhs, ir.IntLit) \
            and same(e.lhs, op(e.loc)):
        return e.op, e.rhs.value
    return None


def disk_test(e: ir.Expr) -> Optional[list[str]]:
    """The disk names `e` tests the request's disk for (`name == "a" || name == "b"`)."""
    if isinstance(e, ir.Binary) and e.op == "||":
        a, b = disk_test(e.lhs), disk_test(e.rhs)
        return a + b if a is not None and b is not None else None
    if isinstance(e, ir.Binary) and e.op == "==" and isinstance(e.rhs, ir.StrLit) \
            and same(e.lhs, disk_name(e.loc)):
        return [e.rhs.value]
    return None


def vue_tuple_fields(pred: Optional[ir.Expr]) -> tuple[str, str, Optional[ir.Expr]]:
    """(operation field, device field, the predicate left) of an io clause: the
    leading tests of the operation and of the disk name become the tuple's fields."""
    parts = ir.conjuncts(pred)
    operation, device = "*", "*"
    if parts:
        t = op_test(parts[0])
        if t is not None and t[0] == "==" and t[1] in (REQ_OP_READ, REQ_OP_WRITE):
            operation = "write" if t[1] == REQ_OP_WRITE else "read"
            parts = parts[1:]
    if parts:
        names = disk_test(parts[0])
        if names:
            device = "|".join(names)
            parts = parts[1:]
    return operation, device, ir.conjoin(parts)


# ------------------------------------------------------------ into Vue

def _vue_tables():
    from xtrace.frontends.vue import iomgr  # the Vue frontend's own reads of the request
    return (("__iobuf", iomgr.IOBUF), ("__diskinfo", iomgr.DISKINFO))


def vue_fact(e: ir.Expr, events: list[str]) -> Optional[str]:
    """The Vue spelling (`__iobuf->bcount`) of `e` read at the Vue I/O `events`
    (iostart, iodone), or None when `e` is no fact of the request Vue names."""
    if isinstance(e, ir.Translated):
        if e.text in D_TO_VUE:
            return D_TO_VUE[e.text]
        return None
    if isinstance(e, (ir.IntLit, ir.StrLit)):
        return None  # a constant is said as itself (__iobuf->error at iostart is 0)
    at = e.loc
    for base, table in _vue_tables():
        for member, build in table.items():
            if all(same(e, build(ev, at)) for ev in events):
                return f"{base}->{member}"
    return None


def d_only_nearest(text: str) -> Optional[str]:
    """Vue's nearest to a D io member Vue has no fact for (None: Vue has it, or it is
    no io member)."""
    if text.startswith("args[2]->"):
        return D_ONLY["args[2]->"]
    return D_ONLY.get(text)
