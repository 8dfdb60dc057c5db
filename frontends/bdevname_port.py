"""stap's block device name (bdevname()), as a D port reads it.

The vfs tapset's `devname` (vfs.read, vfs.write and their .return) and the
ioblock tapset's are bdevname() of a block device, "N/A" where there is none
(procfs, tmpfs, 9p files): xtrace's tapset computes it in a function,
`__xt_bdevname(bdev)` (the disk's name, then the partition's number), which D
cannot call. The kernel already keeps that text: the name of the block device's
own struct device (dev_name(), set from the disk's name and the partition's
number as bdevname() writes them). So a D porter writes
`bdev != NULL ? stringof(bdev->bd_device.kobj.name) : "N/A"` (BuffSim's
trace.stp tests `devname == "N/A"`; maxdiskseek.stp prints it).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64, STRING

# the tapset function (frontends/stap/library_extra.py's BDEVNAME)
BDEVNAME = "__xt_bdevname"
# dev.stp's name of it, which scripts call (library_extra.BDEVNAME_PUBLIC)
PUBLIC = "bdevname"


def _device_name(call: ir.Expr, names: frozenset[str] = frozenset({BDEVNAME})) -> Optional[ir.Expr]:
    """`bdev != 0 ? stringof(bdev->bd_device.kobj.name) : "N/A"` for
    `__xt_bdevname(bdev)` (or a call of another of `names`), None for another
    expression."""
    if not (isinstance(call, ir.FuncCall) and call.name in names and len(call.args) == 1):
        return None
    bdev = call.args[0]
    at = call.loc
    # a member read has its struct's pointer type, and so has D's self-> variable that
    # keeps one from a probe's entry (a .return's); another value is cast
    typed = isinstance(bdev, ir.KernelMember) and not bdev.addr_of or \
        isinstance(bdev, ir.Var) and bdev.scope == "thread"
    base = copy.deepcopy(bdev) if typed \
        else ir.KernelCast(copy.deepcopy(bdev), "struct block_device *", loc=at, type=INT64)
    name = ir.KernelMember(base, ["bd_device", "kobj", "name"], struct="struct block_device",
                           loc=at, type=INT64)
    has_bdev = ir.Binary("!=", copy.deepcopy(bdev), ir.IntLit(0, loc=at, type=INT64),
                         loc=at, type=INT64)
    return ir.Ternary(has_bdev, ir.Call("kernel_string", [name], loc=at, type=STRING),
                      ir.StrLit("N/A", loc=at, type=STRING), loc=at, type=STRING)


def bdevnames_as_device_names(prog: ir.Program) -> ir.Program:
    """`prog` (a copy, where it changes) with each tapset bdevname() read as the
    device's name; the tapset function, no longer called, is dropped. The script's
    own call of dev.stp's bdevname() (myaut's deblock.stp) is read so too, where
    the function is the tapset's, not one the script defines."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    names = frozenset({BDEVNAME} | {f.name for f in prog.functions
                                    if f.name == PUBLIC and f.loc.file == TAPSET_FILE})
    if not any(_device_name(x, names) is not None
               for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    ir.map_code(prog, lambda x: _device_name(x, names) or x)
    called = {x.name for root in ir.program_roots(prog) for x in ir.walk(root)
              if isinstance(x, ir.FuncCall)}
    prog.functions = [f for f in prog.functions if f.name not in names or f.name in called]
    return prog
