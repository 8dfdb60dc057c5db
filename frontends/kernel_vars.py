"""Kernel global variables read by name, one IR form in every language.

Vue declares them (`__kernel unsigned long jiffies;`), D names them with a
backquote (`` `jiffies ``, `` vmlinux`jiffies ``) and stap with `@var("jiffies")`.
Each is a read-only integer at the address the target's kallsyms gives (ir/ksyms):

    kernel_read_int(ksym_addr("NAME"), BYTES, SIGNED)   converted to the C type
                                                         when narrower than 64 bits

D and stap take the C type from the kernel's own type information (CTF on
DTrace, DWARF for stap). xtrace has neither: the vmlinux BTF of the sandbox
kernels carries VAR records for per-CPU variables only (Debian 6.1: 380, none of
them jiffies), so the type of a plain global comes from KNOWN below, a table of
well-known Linux globals checked against the kernel headers (6.1 and 6.12). A
variable outside it is read through its address with an explicit type, in D's
own idiom `*(T *)&`name` (stap: `kernel_int(&@var("name"))`). ARRAYS holds the
kernel arrays whose elements a script may read (`` `avenrun[i] ``).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.stores import convert
from xtrace.ir.types import INT32, UINT32, UINT64, Type

# name -> the C type the kernel declares it with (the header that says so). Only
# integers (and a pointer would be an unsigned long): what a kernel_read_int reads.
KNOWN: dict[str, Type] = {
    "jiffies": UINT64,        # linux/jiffies.h: unsigned long volatile jiffies
    "jiffies_64": UINT64,     # linux/jiffies.h: u64 jiffies_64
    "max_pfn": UINT64,        # linux/memblock.h: unsigned long max_pfn
    "nr_cpu_ids": UINT32,     # linux/cpumask.h: unsigned int nr_cpu_ids
    "nr_threads": INT32,      # linux/sched/stat.h: int nr_threads
    "total_forks": UINT64,    # linux/sched/stat.h: unsigned long total_forks
    "max_threads": INT32,     # kernel/fork.c: static int max_threads (threads-max)
    "tick_nsec": UINT64,      # linux/timex.h: unsigned long tick_nsec
    "nr_irqs": INT32,         # linux/irqnr.h: int nr_irqs
    "pid_max": INT32,         # linux/pid.h: int pid_max
    "panic_timeout": INT32,   # linux/panic.h: int panic_timeout
    "panic_on_oops": INT32,   # linux/panic.h: int panic_on_oops
    "oops_in_progress": INT32,  # linux/printk.h: int oops_in_progress
    "print_fatal_signals": INT32,  # linux/signal.h: int print_fatal_signals
    "vm_swappiness": INT32,   # linux/swap.h: int vm_swappiness
    "sysctl_nr_open": UINT32,  # linux/fs.h: unsigned int sysctl_nr_open
}


# Arrays: name -> (the element's C type, the number of elements).
ARRAYS: dict[str, tuple[Type, int]] = {
    "avenrun": (UINT64, 3),   # linux/sched/loadavg.h: unsigned long avenrun[] (loadavg.c: [3])
    # block/genhd.c: static struct blk_major_name *major_names[BLKDEV_MAJOR_HASH_SIZE],
    # the block drivers by major % 255 (an element is a pointer, read as a number):
    # Oracle's io.d names a request's device driver from it (frontends/iomap.py)
    "major_names": (UINT64, 255),
}


def known_type(name: str) -> Optional[Type]:
    """The C type of a well-known kernel variable, or None when xtrace does not know it."""
    return KNOWN.get(name)


def read(name: str, t: Type, loc: Optional[Loc], name_loc: Optional[Loc] = None) -> ir.Expr:
    """A read of kernel variable `name` of integer type `t`: the IR form every
    frontend gives it (the Vue lowering's, which its printer recognises)."""
    raw = ir.Call("kernel_read_int", [address(name, name_loc or loc), ir.IntLit(t.bits // 8, loc=loc),
                                      ir.IntLit(1 if t.signed else 0, loc=loc)], loc=loc)
    return raw if t.bits >= 64 else convert(raw, t, loc)


def address(name: str, loc: Optional[Loc]) -> ir.Expr:
    """The address of kernel variable `name` (D's `&`name`, stap's `&@var("name")`)."""
    return ir.Call("ksym_addr", [ir.StrLit(name, loc=loc)], loc=loc)


def variable_read(e: ir.Expr) -> Optional[tuple[str, Type]]:
    """(name, type) when `e` is a kernel variable read as read() makes it, else None."""
    inner = e.operand if isinstance(e, ir.Cast) else e
    if not (isinstance(inner, ir.Call) and inner.name == "kernel_read_int" and len(inner.args) == 3
            and address_name(inner.args[0]) is not None
            and isinstance(inner.args[1], ir.IntLit) and isinstance(inner.args[2], ir.IntLit)
            and inner.args[1].value in (1, 2, 4, 8)):
        return None
    t = Type("int", inner.args[1].value * 8, bool(inner.args[2].value))
    if isinstance(e, ir.Cast):
        if e.to.kind != "int" or e.to.bits != t.bits or e.to.signed != t.signed:
            return None
    elif t.bits < 64:
        return None
    return address_name(inner.args[0]), t


def address_name(e: ir.Expr) -> Optional[str]:
    """The variable's name when `e` is ksym_addr("NAME"), else None."""
    if isinstance(e, ir.Call) and e.name == "ksym_addr" and len(e.args) == 1 \
            and isinstance(e.args[0], ir.StrLit):
        return e.args[0].value
    return None


def element(name: str, index: ir.Expr, loc: Optional[Loc], name_loc: Optional[Loc] = None) -> ir.Expr:
    """Element `index` of the kernel array `name` (ARRAYS), read with its element type:
    the element's address is the array's plus index times the element's size."""
    t, _count = ARRAYS[name]
    size = t.bits // 8
    base = address(name, name_loc or loc)
    if isinstance(index, ir.IntLit):
        offset: ir.Expr = ir.IntLit(index.value * size, loc=loc)
    else:
        offset = ir.Binary("*", index, ir.IntLit(size, loc=loc), loc=loc)
    raw = ir.Call("kernel_read_int", [ir.Binary("+", base, offset, loc=loc), ir.IntLit(size, loc=loc),
                                      ir.IntLit(1 if t.signed else 0, loc=loc)], loc=loc)
    return raw if t.bits >= 64 else convert(raw, t, loc)


def element_read(e: ir.Expr) -> Optional[tuple[str, ir.Expr]]:
    """(array name, index) when `e` is an element read as element() makes it, else None."""
    inner = e.operand if isinstance(e, ir.Cast) else e
    if not (isinstance(inner, ir.Call) and inner.name == "kernel_read_int" and len(inner.args) == 3
            and isinstance(inner.args[0], ir.Binary) and inner.args[0].op == "+"):
        return None
    name = address_name(inner.args[0].lhs)
    if name not in ARRAYS:
        return None
    t, _count = ARRAYS[name]
    size = t.bits // 8
    if inner.args[1:] != [ir.IntLit(size), ir.IntLit(1 if t.signed else 0)]:
        return None
    if (t.bits < 64) != isinstance(e, ir.Cast):
        return None
    offset = inner.args[0].rhs
    if isinstance(offset, ir.IntLit) and offset.value % size == 0:
        return name, ir.IntLit(offset.value // size, loc=offset.loc)
    if isinstance(offset, ir.Binary) and offset.op == "*" and offset.rhs == ir.IntLit(size):
        return name, offset.lhs
    return None


# Members of the structs an ARRAYS element points to that a script may name, with
# their byte offset: block/genhd.c's struct blk_major_name { next; int major;
# char name[16]; ... } keeps the name 12 bytes in on 64-bit kernels, from 2.6 to
# 6.12 (Debian 6.1's BTF says so; 5.11 appended a probe member after it). A char
# array member is its address, as stap reads `->name` (kernel_string() of it).
ELEMENT_MEMBERS: dict[str, dict[str, int]] = {"major_names": {"name": 12}}
# the source file of a static variable (stap's `@var("name@file.c")` names it)
FILES: dict[str, str] = {"major_names": "block/genhd.c"}


def spelled(name: str) -> str:
    """stap's `@var` text of kernel variable `name`: with its file when it is static."""
    return f"{name}@{FILES[name]}" if name in FILES else name


def member_address(name: str, index: ir.Expr, member: str, loc: Optional[Loc]) -> ir.Expr:
    """The address of `member` of the struct element `index` of array `name` points to
    (stap's `@var("major_names@block/genhd.c")[i]->name`)."""
    return ir.Binary("+", element(name, index, loc), ir.IntLit(ELEMENT_MEMBERS[name][member], loc=loc),
                     loc=loc)


def member_address_read(e: ir.Expr) -> Optional[tuple[str, ir.Expr, str]]:
    """(array name, index, member) when `e` is member_address()'s form, else None."""
    if not (isinstance(e, ir.Binary) and e.op == "+" and isinstance(e.rhs, ir.IntLit)):
        return None
    element_of = element_read(e.lhs)
    if element_of is None:
        return None
    for member, offset in ELEMENT_MEMBERS.get(element_of[0], {}).items():
        if offset == e.rhs.value:
            return element_of[0], element_of[1], member
    return None


def check_index(name: str, index: ir.Expr) -> Optional[str]:
    """Why a constant index is outside the kernel array `name`, or None."""
    count = ARRAYS[name][1]
    if isinstance(index, ir.IntLit) and not 0 <= index.value < count:
        return f"index {index.value} is outside {name}[{count}] (0 to {count - 1})"
    return None
