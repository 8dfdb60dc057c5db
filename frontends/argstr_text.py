"""What one syscall's argstr, and its symbolic-text variables, are in a port's IR.

The pieces frontends/argstr_port.py writes out, argument by argument, in the format
stap's tapset writes each kind (ir/syscalls.py's kinds; backend_c/sysc.py and
runtime/xt_syscall.h format them for xtrace's own stap runtime): a number is a
conversion of its raw argument (`%d` of `(int)arg0`, `0x%x`, `%#o`), a path a quoted
copy of its string, and a symbolic argument a clause-local string set a line a
flag (`this->flags_str = strjoin(this->flags_str, arg2 & O_CREAT ? "|O_CREAT" : "")`)
or, for a value of many names (a signal, an fcntl command), read from a global
array of the names filled at BEGIN (fill_name_tables), the number where it has
none. A kind with no sound form (a struct read from user memory, execve's argument
list, a buffer's bytes) is refused, naming it.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.backend_c.sysc import TABLES
from xtrace.frontends.tapset_tables import errno_entries, name_stores, prepend_to_begin
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, STRING, UINT32

# Kinds with no sound form in a port, and why (completes "argstr of NAME ...").
_NO_FORM: dict[str, str] = {
    "ubuf": "the bytes of its buffer, quoted and cut at 12 (stap's user_buffer_quoted), "
            "which may hold NULs a copied string stops at",
    "argv": "an argument list read from user memory ([\"ls\", \"-l\"]), which needs a loop "
            "over the array",
    "sockaddr": "a struct sockaddr decoded by its family ({AF_INET, 127.0.0.1, 80})",
    "timespec": "a struct timespec read from user memory ([1.000000000])",
    "timespec2": "two struct timespec read from user memory",
    "timeval": "a struct timeval read from user memory ([1.000000])",
    "timeval2": "two struct timeval read from user memory",
    "sigset": "a signal set read from user memory ([SIGINT|SIGTERM])",
    "sigaction": "a struct sigaction read from user memory",
    "sysinfo": "a struct sysinfo read from user memory",
    "rlimitu": "a struct rlimit read from user memory",
    "waitstatus": "the status a child left, read at the call's return",
    "fildes0": "the descriptors the call writes into its array",
    "fildes1": "the descriptors the call writes into its array",
    "cloneflags": "clone's flags joined with the exit signal's name",
    "socktype": "a socket type joined with its SOCK_ flags",
    "sockproto": "a protocol named by the socket's family",
    "msgflags": "message flags (MSG_CMSG_COMPAT dropped before the lookup)",
}
# An eq table of at most this many names is one line of ternaries; a longer one
# (stap's signals, fcntl's commands) a table of the names filled at BEGIN, as the
# DTraceToolkit's errinfo fills its errno names (frontends/tapset_tables.py).
_ONE_LINE = 6
# Kinds formatted by looking their raw argument up in a table of backend_c/sysc.py
# (the table each names), as sysc.fmt() does with the argument's 64 bits.
_TABLE_OF = {k: k for k in TABLES} | {"mflags": "mmapflags"}
_TABLE_OF = {k: t for k, t in _TABLE_OF.items() if k in sc.KINDS}
# Kinds sysc.fmt() looks up as a 32-bit value instead.
_AS_U32 = frozenset({"clockid", "rlimit", "waitidwhich", "shuthow", "pipe2flags", "flockop",
                     "tfdflags", "mfdflags"})
_AS_INT = frozenset({"statxmask", "sockoptlevel", "sockoptname"})
# open(2)'s flags as stap's _sys_open_flag_str names them, after the access mode
# (runtime/xt_syscall.h's xt_oflags, x86_64 values). O_SYNC is __O_SYNC | O_DSYNC:
# stap names __O_SYNC's bit O_SYNC, and O_DSYNC only without it.
_OFLAGS = [(0o100, "O_CREAT"), (0o200, "O_EXCL"), (0o400, "O_NOCTTY"), (0o1000, "O_TRUNC"),
           (0o2000, "O_APPEND"), (0o4000, "O_NONBLOCK"), (0o4000000, "__O_SYNC"),
           (0o10000, "O_DSYNC"), (0o20000, "O_ASYNC"), (0o40000, "O_DIRECT"),
           (0o100000, "O_LARGEFILE"), (0o200000, "O_DIRECTORY"), (0o400000, "O_NOFOLLOW"),
           (0o1000000, "O_NOATIME"), (0o2000000, "O_CLOEXEC"), (0o10000000, "O_PATH"),
           (0o20000000, "__O_TMPFILE")]
_ACCMODE = [(0, "O_RDONLY"), (1, "O_WRONLY"), (2, "O_RDWR")]
O_CREAT = 0o100
AT_FDCWD = -100


def _int(v: int, at: Loc, name: Optional[str] = None, spelling: Optional[str] = None) -> ir.IntLit:
    return ir.IntLit(v, loc=at, type=INT64, name=name, spelling=spelling)


def _str(text: str, at: Loc) -> ir.StrLit:
    return ir.StrLit(text, loc=at, type=STRING)


def _raw(i: int, at: Loc) -> ir.Expr:
    return ir.Builtin(f"arg{i}", loc=at, type=INT64)


def _u32(i: int, at: Loc) -> ir.Expr:
    return ir.Cast(UINT32, _raw(i, at), loc=at, type=UINT32, spelling="uint32_t")


def _s32(i: int, at: Loc) -> ir.Expr:
    return ir.Cast(INT32, _raw(i, at), loc=at, type=INT32, spelling="int")


def _bin(op: str, a: ir.Expr, b: ir.Expr, at: Loc) -> ir.Expr:
    return ir.Binary(op, a, b, loc=at, type=STRING if op == "." else INT64)


def _if(cond: ir.Expr, then: ir.Expr, else_: ir.Expr, at: Loc) -> ir.Expr:
    return ir.Ternary(cond, then, else_, loc=at, type=then.type)


def _number(value: ir.Expr, base: int, at: Loc) -> ir.Expr:
    """`value` as xt_fmt_num() writes a value no name matched: %ld, %#lo or 0x%lx."""
    fmt = {10: "%d", 8: "%#o"}.get(base, "0x%x")
    return ir.Sprintf(fmt, [value], loc=at, type=STRING)


class ArgstrText:
    """Writes out one syscall's argstr and symbolic variables for the statements of
    one list: the pieces, and the statements (`prelude`) that set the locals they
    read, each made once (the caller puts them before the first statement that
    reads them). `taken`: the clause's local names (the new ones are added);
    `text_numbers`: the target makes a string of a number (D's lltostr(); not Vue)."""

    def __init__(self, s: sc.Syscall, at: Loc, taken: set[str], text_numbers: bool = True) -> None:
        self.s, self.at, self.taken, self.text_numbers = s, at, taken, text_numbers
        self.prelude: list[ir.Stmt] = []
        self.reads_path = False
        self.made: dict[tuple[int, str], ir.Var] = {}

    def local(self, base: str) -> ir.Var:
        name, i = base, 2
        while name in self.taken:
            name, i = f"{base}{i}", i + 1
        self.taken.add(name)
        return ir.Var(name, scope="local", loc=self.at, type=STRING)

    def refuse(self, v: sc.SysVar, why: str) -> XtraceError:
        return XtraceError(f"{self.s.name}()'s argument '{v.name}' is {why}", self.at)

    def argstr(self) -> ir.Sprintf:
        """argstr as a sprintf of the arguments in stap's order and formats."""
        fmt, args, labels = "", [], []
        for v in self.s.argstr_vars:
            if v.kind == "cmode" and not self.text_numbers:
                self.piece(v)  # refused
            if v.kind == "cmode":
                # open's mode is written only where the flags create the file
                flags = next(x.index for x in self.s.vars if x.kind == "oflags")
                mode = ir.Sprintf(", %#o", [_u32(v.index, self.at)], loc=self.at, type=STRING)
                created = _bin("&", _raw(flags, self.at), _int(O_CREAT, self.at, "O_CREAT"), self.at)
                fmt += "%s"
                args.append(_if(created, mode, _str("", self.at), self.at))
                labels.append(v.name)
                continue
            piece_fmt, piece_args = self.piece(v)
            fmt += (", " if fmt else "") + piece_fmt
            args += piece_args
            labels += [v.name] * len(piece_args)
        return ir.Sprintf(fmt, args, loc=self.at, type=STRING, labels=tuple(labels))

    def companion(self, name: str) -> Optional[ir.Expr]:
        """stap's string variable `name` holding an argument's symbolic text (flags_str,
        dfd_str, sig_name): the local its statements set; a constant variable (dup2's
        flags, 0) as the constant; None for another variable."""
        v = self.s.variables()[name]
        if v.kind in ("str0x0", "strempty"):  # a constant of this syscall's (dup2's flags_str)
            return _str(self.piece(v)[0], self.at)
        if v.kind == "zero":  # dup2's flags
            return _int(0, self.at)
        if not v.kind.startswith("sym:"):
            return None  # an argument's own value: the printer reads it
        base = sc.SysVar(name[:-len("_str")] if name.endswith("_str") else name, v.index, v.kind[4:])
        return self.piece(base)[1][0]

    def piece(self, v: sc.SysVar) -> tuple[str, list[ir.Expr]]:
        """One argument's format and arguments (the statements its locals need added
        to the prelude)."""
        at, i = self.at, v.index
        if v.kind in _NO_FORM:
            raise self.refuse(v, _NO_FORM[v.kind])
        if not self.text_numbers and (v.kind in ("dfd", "oflags", "cmode") or v.kind in _TABLE_OF):
            # each of these writes a number into its text where no name says it
            raise self.refuse(v, f"of kind {v.kind}, whose text holds a number where no name "
                                 "says it (a string of a number, which Vue has not; a printf "
                                 "printing it whole at a plain %s, no later argument changing "
                                 "anything, prints it piece by piece)")
        simple = {"int": ("%d", _s32), "long": ("%d", _raw), "uint": ("%d", _u32),
                  "ulong": ("%u", _raw), "ptr": ("0x%x", _raw), "hex": ("0x%x", _u32),
                  "octal": ("%#o", _u32)}
        if v.kind in simple:
            fmt, read = simple[v.kind]
            return fmt, [read(i, at)]
        if v.kind == "zero":
            return "0", []
        if v.kind == "str0x0":
            return "0x0", []
        if v.kind == "strempty":
            return "", []
        if v.kind == sc.USTR:
            self.reads_path = True
            return '"%s"', [ir.Call("user_string", [_raw(i, at)], loc=at, type=STRING)]
        if v.kind == "dfd":
            fd = _s32(i, at)
            text = _if(_bin("==", fd, _int(AT_FDCWD, at, "AT_FDCWD"), at), _str("AT_FDCWD", at),
                       _number(copy.deepcopy(fd), 10, at), at)
            return self.named(v, lambda: [text])
        if v.kind == "oflags":
            return self.named(v, lambda: self.oflags(i))
        if v.kind in _TABLE_OF:
            return self.named(v, lambda: self.table(v, _TABLE_OF[v.kind]))
        raise self.refuse(v, f"of kind {v.kind}, which xtrace cannot write in a port")

    def named(self, v: sc.SysVar, steps) -> tuple[str, list[ir.Expr]]:
        """`v`'s symbolic text as the local stap calls it (NAME_str), set by the
        expressions `steps()` gives in turn (each may read the local as the previous
        step left it); made once (the first reader's statements set it for the rest)."""
        key = (v.index, v.kind)
        if key not in self.made:
            var = self.made[key] = self.local(f"{v.name}_str")
            for value in steps():
                value = ir.map_tree(copy.deepcopy(value), lambda n: copy.copy(var) if _is_self(n) else n)
                self.prelude.append(ir.ExprStmt(
                    ir.Assign(copy.copy(var), "=", value, loc=self.at, type=STRING), loc=self.at))
        return "%s", [copy.copy(self.made[key])]

    def oflags(self, i: int) -> list[ir.Expr]:
        """open(2)'s flags: the access mode, then `|NAME` for each flag set, then the
        bits no name has in hex (xt_fmt_oflags)."""
        at = self.at
        acc = _bin("&", _raw(i, at), _int(3, at, "O_ACCMODE"), at)
        text: ir.Expr = _str("O_ACCMODE", at)
        for value, name in reversed(_ACCMODE):
            text = _if(_bin("==", copy.deepcopy(acc), _int(value, at, name), at), _str(name, at), text, at)
        steps = [text]
        for value, name in _OFLAGS:
            test = _bin("&", _raw(i, at), _int(value, at, name), at)
            if name == "O_DSYNC":  # O_SYNC's own bit takes it
                both = _bin("|", _int(0o4000000, at, "__O_SYNC"), _int(value, at, name), at)
                test = _bin("==", _bin("&", _raw(i, at), both, at), _int(value, at, name), at)
            steps.append(_joined(test, _str("|" + ("O_SYNC" if name == "__O_SYNC" else name), at), at))
        rest = _bin("&", _raw(i, at), _not(3 | sum(v for v, _ in _OFLAGS), at), at)
        steps.append(_joined(rest, _bin(".", _str("|", at), _number(copy.deepcopy(rest), 16, at), at), at))
        return steps

    def table(self, v: sc.SysVar, table: str) -> list[ir.Expr]:
        """A value looked up in one of backend_c/sysc.py's tables: a flag set's names
        joined with `|` (xt_fmt_or), or one value's name (xt_fmt_eq), else the number."""
        at, (how, base, names) = self.at, TABLES[table]
        value = (_u32(v.index, at) if v.kind in _AS_U32 else _s32(v.index, at) if v.kind in _AS_INT
                 else _raw(v.index, at))
        if how == "eq" and len(names) <= _ONE_LINE:
            text: ir.Expr = _number(copy.deepcopy(value), base, at)
            for val, name in reversed(names):
                text = _if(_bin("==", copy.deepcopy(value), _name(val, at), at), _str(name, at),
                           text, at)
            return [text]
        if how == "eq":
            # the table's name for the value, else the number
            cell = ir.Index(TABLE_MARK + table, [copy.deepcopy(value)], loc=at, type=STRING)
            known = _bin("!=", copy.copy(_SELF), _str("", at), at)
            return [cell, _if(known, copy.copy(_SELF), _number(copy.deepcopy(value), base, at), at)]
        if any(val & (val - 1) for val, _ in names if val):
            raise self.refuse(v, f"a set of {table} flags some of whose names are several bits")
        # each flag as `|NAME`, the first `|` dropped at the end; 0 is a value's name
        steps: list[ir.Expr] = [_str("", at)]
        known = 0
        for val, name in names:
            if val:
                known |= val
                test = _bin("&", copy.deepcopy(value), _name(val, at, bit=True), at)
                steps.append(_joined(test, _str("|" + name, at), at))
        rest = _bin("&", copy.deepcopy(value), _not(known, at), at)
        steps.append(_joined(rest, _bin(".", _str("|", at), _number(copy.deepcopy(rest), base, at), at), at))
        zero = next((name for val, name in names if val == 0), None) or _number_text(0, base)
        zero = _str(zero, at)
        cut = ir.Call("substr", [copy.copy(_SELF), _int(1, at)], loc=at, type=STRING)
        steps.append(_if(_bin("==", copy.deepcopy(value), _int(0, at), at), zero, cut, at))
        return steps


# Stands for the local a step sets, in a step that reads it (replaced by named()).
_SELF = ir.Var("\0self", scope="local", type=STRING)


def _not(known: int, at: Loc) -> ir.Expr:
    """`~MASK`, the bits no name has, the mask in hex."""
    return ir.Unary("~", _int(known, at, spelling=hex(known)), loc=at, type=INT64)


def _is_self(n) -> bool:
    return isinstance(n, ir.Var) and n.name == _SELF.name


def _name(val: int, at: Loc, bit: bool = False) -> ir.IntLit:
    """A table's constant: the string beside it names it, so it is the number (in hex
    where it is a flag's bit above 8)."""
    return _int(val, at, spelling=hex(val) if bit and val > 9 else None)


def _number_text(v: int, base: int) -> str:
    """A constant as xt_fmt_num() writes it."""
    return {10: str(v), 8: "0" + oct(v)[2:] if v else "0"}.get(base, hex(v))


def _joined(test: ir.Expr, text: ir.Expr, at: Loc) -> ir.Expr:
    """The local so far, then `text` where `test` holds."""
    return _bin(".", _SELF, _if(test, text, _str("", at), at), at)



# A name table's array until the pass names it: this, then the table's name.
TABLE_MARK = "\0names:"
# The errno names' table (retstr_port.py): backend_c/sysc.py's ERRNO_NAMES.
ERRNO_TABLE = "errno"


def _entries(table: str) -> list[tuple[int, str]]:
    if table == ERRNO_TABLE:
        return errno_entries()
    return list(TABLES[table][2])


def fill_name_tables(prog: ir.Program) -> None:
    """The name tables the written-out text reads: a global array each, filled at
    BEGIN with the first name of each value (the one xt_fmt_eq() finds)."""
    cells = [x for p in prog.probes for x in ir.walk(p.body)
             if isinstance(x, ir.Index) and x.map.startswith(TABLE_MARK)]
    if not cells:
        return
    at = cells[0].loc
    fills: list[ir.Stmt] = []
    for table in sorted({x.map[len(TABLE_MARK):] for x in cells}):
        name = ir.free_name(prog, f"{table}_names")
        for x in cells:
            if x.map == TABLE_MARK + table:
                x.map = name
        prog.globals.append(ir.Global(name, "map", type=STRING, key_types=[INT64], loc=at))
        fills.append(ir.Comment(f"stap's names of {table} values (x86-64 Linux)", loc=at))
        fills += name_stores(name, _entries(table), at)
    prepend_to_begin(prog, fills, at)
