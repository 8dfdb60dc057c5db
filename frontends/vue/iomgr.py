"""The I/O probe manager on Linux: `@@io:disk|bdev:EVENT:read|write|*:DEVICE|*`.

AIX's I/O probe manager (AIX 7.1 TL4 / 7.2) probes layers of the AIX I/O
stack: the scsidisk driver (`disk`), any block device (`bdev`), LVM, JFS2 and
the VFS. Linux has one layer with tracepoints carrying the same facts as the
disk driver's events: the block layer's request tracepoints. A request is
issued to the driver (`block:block_rq_issue`) and completed
(`block:block_rq_complete`); Linux has no separate "received by the driver"
and "sent to the adapter" moments for a request-based driver, so AIX's
`entry` and `iostart` both map to the issue, `iodone` and `exit` both to the
completion. The operation type (read/write) becomes a condition on the
request's operation (`cmd_flags & REQ_OP_MASK`: REQ_OP_READ 0, REQ_OP_WRITE 1),
the filter a condition on the disk's name (`vda`, `sda`; AIX's `hdisk0` does
not exist on Linux).

The built-ins read the tracepoint's `struct request *rq`:
`__iobuf->bufid` is the request's address (unique while it is in flight, as
AIX's buf address is), `bcount` its byte count, `blknum` its first 512-byte
sector, `bflags` B_READ (1) unless the request is a write, else 0, `error` the completion status;
`__diskinfo->name` the disk name, `queue_depth` the queue's request limit.
"""

from __future__ import annotations

from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

ISSUE = "block:block_rq_issue"
COMPLETE = "block:block_rq_complete"
REQ_OP_MASK = 0xFF
REQ_OPS = {"read": 0, "write": 1}

# AIX I/O event -> Linux tracepoint, per sub-type that Linux has.
EVENTS: dict[str, str] = {"entry": ISSUE, "iostart": ISSUE, "iodone": COMPLETE, "exit": COMPLETE}
SUBTYPES = ("disk", "bdev")

# AIX sub-types (layers) Linux has no block-request tracepoint for, and the nearest probe.
NEAREST_SUBTYPE: dict[str, str] = {
    "lvm": "the block:block_bio_remap tracepoint (device-mapper remaps a bio to the disk below)",
    "jfs2": "the ext4:* or xfs:* tracepoints of the Linux file system in use",
    "vfs": "@@syscall:*:read:entry / write (or the kernel functions vfs_read and vfs_write)",
}

# Other AIX I/O built-ins (MPIO paths, SCSI commands, LVM, files) -> nearest Linux fact.
NEAREST_BUILTIN: dict[str, str] = {
    "__iopath": "none: Linux's multipath (dm-multipath) has no per-request path tracepoint",
    "__diskcmd": "the scsi:scsi_dispatch_cmd_start / scsi_dispatch_cmd_done tracepoints (SCSI disks only)",
    "__lvol": "the block:block_bio_remap tracepoint (device-mapper)",
    "__volgrp": "the block:block_bio_remap tracepoint (device-mapper)",
    "__j2info": "the ext4:* or xfs:* tracepoints",
    "__file": "@@syscall read/write probes with fd_path()",
}


def _rq(at: Loc) -> ir.Expr:
    return ir.ProbeArg("rq", loc=at)


def _member(path: list[str], at: Loc) -> ir.Expr:
    """`rq->a->b->c`: one KernelMember per pointer step (Vue reads do not decay arrays)."""
    e = _rq(at)
    for name in path:
        e = ir.KernelMember(e, [name], loc=at)
    return e


def _op(at: Loc) -> ir.Expr:
    return ir.Binary("&", _member(["cmd_flags"], at), ir.IntLit(REQ_OP_MASK, loc=at), loc=at)


def _disk_name(at: Loc) -> ir.Expr:
    return _member(["q", "disk", "disk_name"], at)


def _bcount(event: str, at: Loc) -> ir.Expr:
    # at completion the tracepoint's nr_bytes is what completed; rq->__data_len may be 0 by then
    return ir.ProbeArg("nr_bytes", loc=at) if EVENTS[event] == COMPLETE else _member(["__data_len"], at)


def _error(event: str, at: Loc) -> ir.Expr:
    return ir.ProbeArg("error", loc=at) if EVENTS[event] == COMPLETE else ir.IntLit(0, loc=at)


def _bflags(event: str, at: Loc) -> ir.Expr:
    # B_READ (1) unless the request writes: a flush or a discard reads as D's io
    # provider says it (its b_flags is B_WRITE for a write only, frontends/iomap.py)
    return ir.Binary("!=", _op(at), ir.IntLit(REQ_OPS["write"], loc=at), loc=at)


# `__iobuf->MEMBER` -> its Linux value, given the AIX event of the clause.
IOBUF: dict[str, Callable[[str, Loc], ir.Expr]] = {
    "bufid": lambda ev, at: _rq(at),
    "bcount": _bcount,
    "blknum": lambda ev, at: _member(["__sector"], at),
    "bflags": _bflags,
    "error": _error,
}
IOBUF_NEAREST: dict[str, str] = {
    "child_bufid": "none: Linux requests are not split into child buffers by a volume manager "
                   "(device-mapper clones show in block:block_bio_remap)",
    "parent_bufid": "none (see child_bufid)",
    "residue": "bcount at iodone (the bytes completed, the tracepoint's nr_bytes)",
    "devnum": "__diskinfo->name",
}
DISKINFO: dict[str, Callable[[str, Loc], ir.Expr]] = {
    "name": lambda ev, at: _disk_name(at),
    "queue_depth": lambda ev, at: _member(["q", "nr_requests"], at),
}
DISKINFO_NEAREST: dict[str, str] = {
    "cmds_out": "counting iostart minus iodone in the script (the kernel's in-flight counters "
                "are not readable from a tracepoint)",
}


def conditions(event: str, op: str, devices: list[str], at: Loc) -> list[ir.Expr]:
    """The conditions `@@io:disk:EVENT:OP:DEVICES` adds before the clause's predicate."""
    out: list[ir.Expr] = []
    if op != "*":
        out.append(ir.Binary("==", _op(at), ir.IntLit(REQ_OPS[op], loc=at), loc=at))
    if devices:
        test: Optional[ir.Expr] = None
        for d in devices:
            one = ir.Binary("==", _disk_name(at), ir.StrLit(d, loc=at), loc=at)
            test = one if test is None else ir.Binary("||", test, one, loc=at)
        out.append(test)
    return out
