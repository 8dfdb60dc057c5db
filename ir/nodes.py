"""The language-neutral probe/action IR.

Every frontend lowers into these nodes and every backend (the C generator,
the translate printers) reads only these nodes. Rules:

* Every node carries `loc` (file:line:col). `loc` and `type` are excluded from
  equality, so two programs that differ only in where things were written
  compare equal (the translate round-trip relies on this).
* Builtins are normalized (see `ir.builtins.BUILTINS`): `execname`,
  `execname()` and `__pname` are all `Builtin("execname")`.
* Implicit behaviour of a source language is explicit here: D's end-of-run
  aggregation dump and stap's auto-print of unread globals are `PrintAgg` /
  `PrintVar` statements in an END probe, added by the frontend.
* `type` fields are filled by `ir.analysis`; frontends leave them None.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Union

from .loc import Loc, NOLOC
from .types import Type

# ---------------------------------------------------------------- expressions


@dataclass
class Expr:
    loc: Loc = field(default=NOLOC, compare=False, kw_only=True)
    type: Optional[Type] = field(default=None, compare=False, kw_only=True)


@dataclass
class IntLit(Expr):
    value: int
    # the named constant the source wrote (a D `inline`): a translation can keep the
    # name, as a human porting the script would; not part of the value
    name: Optional[str] = field(default=None, compare=False, kw_only=True)
    # how the source spelled it when not in decimal (`0x7fffffff`, `0755`): a port keeps
    # that radix, as a porter would (see `int_text`); not part of the value
    spelling: Optional[str] = field(default=None, compare=False, kw_only=True)


def int_text(e: "IntLit", any_width: bool = False) -> str:
    """The literal as a translation writes it: the source's hex or octal spelling where
    that still denotes the value, else the value in decimal. Only where C gives both
    spellings one type: a hex or octal constant from 2**31 to 2**32 - 1 is an unsigned
    int in C (so in D and Vue), a decimal one a long, and a negative value (stap's
    0xffffffffffffffff is -1) would be an unsigned long there. `any_width`: where the
    type makes no difference (any non-negative value in stap, whose numbers are all
    64-bit; a mask of C's `&`, whose result is the same either way)."""
    s = e.spelling
    if s is not None and (0 <= e.value < (1 << 31) or (1 << 32) <= e.value < (1 << 63)
                          or (any_width and 0 <= e.value < (1 << 63))):
        base = 16 if s[:2] in ("0x", "0X") else 8
        if int(s, base) == e.value:
            return s
    return str(e.value)


def radix_spelling(text: str) -> Optional[str]:
    """The spelling an IntLit keeps for a literal written as `text` (its suffix dropped):
    a hex or octal one, None for decimal (the default spelling)."""
    digits = text.rstrip("uUlL")
    if digits[:2] in ("0x", "0X") or (len(digits) > 1 and digits[0] == "0"):
        return digits
    return None


@dataclass
class StrLit(Expr):
    value: str
    name: Optional[str] = field(default=None, compare=False, kw_only=True)


@dataclass
class Builtin(Expr):
    """A normalized built-in variable, e.g. pid, execname, argstr (see ir.builtins)."""

    name: str


@dataclass
class ScriptArg(Expr):
    """A script argument a translation keeps (D's `$1` / `$$1`): the translated
    script takes its arguments as the source did (a run substitutes them before
    lowering, so the backend never sees one). `as_string`: `$$n`; `optional`: a
    missing argument is 0 / "" (D's defaultargs) rather than an error; `quoted_text`:
    a `$n` (D's, Vue's) whose substituted text is a string because the user quotes
    it (`execname == $1` run with '"sh"'): a string, spelled `$n` in D and Vue."""

    index: int
    as_string: bool = False
    optional: bool = False
    quoted_text: bool = False


@dataclass
class UStack(Expr):
    """D's ustack() / ustack(n) as a value: only an aggregation key (`@[ustack()]`);
    the key holds the raw frames, printed as ustack() prints them. With `kernel`,
    D's stack() / stack(n) (`@[stack()]`), printed as stack() prints them."""

    depth: Optional[int] = None
    kernel: bool = False


@dataclass
class SyscallVar(Expr):
    """A variable of stap's syscall tapset (fd, filename, flags_str, ...) at a
    syscall entry probe. Its argument and format depend on the syscall that
    fired (ir/syscalls.py); a probe on several syscalls reads each one's."""

    name: str


@dataclass
class AliasVar(Expr):
    """A variable a stap tapset alias sets before the probe's body runs (signal.send's
    sig, sig_pid, pid_name), at a probe on that alias. Only the stap printer makes
    one (frontends/stap/print_signal.py: D's proc:::signal-send `args[2]` is `sig`);
    the alias reads it, so reading it cannot fault."""

    name: str


@dataclass
class ProbeArg(Expr):
    """An argument of the probe that fired, by the name its kernel declaration
    gives it (stap `$prev` in kernel.trace("sched_switch")). Analysis resolves
    `index`, the argument's position, against the probed sites."""

    name: str
    index: Optional[int] = field(default=None, compare=False, kw_only=True)
    # D's fbt `args[N]`: the parameter by position (analysis fills `name` from BTF).
    position: Optional[int] = field(default=None, kw_only=True)


@dataclass
class ContextVars(Expr):
    """stap's `$$parms` / `$$vars` / `$$locals` / `$$return` (kind "parms", "vars",
    "locals", "return"), `pretty` for the `$$parms$` form: a string naming each
    value (`fd=0x3 buf=0x7ffd...`). Analysis builds `expanded`, the Sprintf of
    the probed function's parameters it stands for (ir.contextvars)."""

    kind: str
    pretty: int = 0  # 0: `$$parms`, 1: `$$parms$`, 2: `$$parms$$`
    name: str = ""   # kind "var": `$name$`, one parameter pretty-printed
    expanded: Optional["Expr"] = field(default=None, compare=False, kw_only=True)


@dataclass
class RegexMatch(Expr):
    """1 when the string `subject` matches the POSIX extended regular expression
    `pattern` somewhere (stap `s =~ "re"`); `negate` for `!~`. See ir/regex.py."""

    subject: Expr = None  # type: ignore[assignment]
    pattern: str = ""
    negate: bool = False


@dataclass
class Defined(Expr):
    """1 when `operand` resolves on the target (stap `@defined($var)`), else 0.
    Analysis sets `value`; an `if` on it keeps only the branch that can run, so
    the other one may name what does not resolve."""

    operand: Expr = None  # type: ignore[assignment]
    value: Optional[bool] = field(default=None, compare=False, kw_only=True)
    # in a .return probe: whether the operand (a parameter, a member of one) resolves
    # where the entry side reads it (stap's `@defined($pathname)` there)
    at_entry: bool = field(default=False, kw_only=True)


@dataclass
class Translated(Expr):
    """A member of a DTrace translated provider argument (`args[0]->pr_pid` of
    proc:::create, a psinfo_t), spelled `text` in D, and what it is on Linux:
    `value`, an expression over the tracepoint's own arguments (`$child->tgid`).
    Everything but the D printer sees `value` only."""

    text: str
    value: Expr


@dataclass
class KernelCast(Expr):
    """A value taken as a pointer of the kernel's C type `ctype` ("struct file *"):
    D `(struct file *)arg0`, stap `@cast(p, "file")`. No memory is read."""

    expr: Expr
    ctype: str


@dataclass
class ContainerOf(Expr):
    """stap's `@container_of(ptr, "type", member)`: the address of the kernel struct
    `ctype` points to whose member `path` (nested with `.`) is at `ptr` (C's
    container_of). Analysis fills `offset`, the member's byte offset, from BTF."""

    expr: Expr
    ctype: str
    path: list[str]
    offset: Optional[int] = field(default=None, compare=False, kw_only=True)


@dataclass
class KernelMember(Expr):
    """`base->path[0].path[1]...`: a member of the kernel structure `base` points to,
    read from kernel memory without faulting (a bad address is a run-time error).

    `base` has a pointer type (Type.ctype) to a struct or union; chained `->`
    nests KernelMember. Analysis types the member with the kernel's BTF:
    integers keep their size and sign, pointers are integers carrying their
    ctype, char arrays are strings, or, with `decay` (stap, where an array
    member is its address, as in C), the array's address.
    `struct` ("struct task_struct"), `header` (the kernel header declaring it),
    `bitfield` ((bit offset in its struct, bits) for a bitfield member) and
    `array_addr` (an array member read as its address) are filled by analysis.
    """

    base: Expr
    path: list[str]
    decay: bool = False
    struct: Optional[str] = field(default=None, compare=False, kw_only=True)
    bitfield: Optional[tuple[int, int]] = field(default=None, compare=False, kw_only=True)
    header: Optional[str] = field(default=None, compare=False, kw_only=True)
    array_addr: bool = field(default=False, compare=False, kw_only=True)  # value: the array's address
    # stap's `&$p->m` / `&@cast(p, "T")->m`: the member's address, nothing read
    addr_of: bool = False
    # the member's byte offset and size from BTF: read that way when no header
    # declares the struct (one private to a .c file, as stap reads it with debuginfo)
    offset: int = field(default=0, compare=False, kw_only=True)
    size: int = field(default=0, compare=False, kw_only=True)


@dataclass
class KernelElem(Expr):
    """stap's `$p[i]` / `$p->arr[i]`: element i of the kernel array that `base` (a
    pointer, or an array member taken as its address) points to, read without
    faulting; with `addr_of` (`&$p->arr[i]`) its address, nothing read. Analysis
    types the element from the pointer's C type (BTF) and sets `size`, its bytes."""

    base: Expr
    index: Expr
    addr_of: bool = False
    size: int = field(default=0, compare=False, kw_only=True)


@dataclass
class Var(Expr):
    """A scalar variable. scope: 'global', 'local' (stap/Vue locals, D this->) or 'thread'."""

    name: str
    scope: str = "global"


@dataclass
class Index(Expr):
    """Element of an associative array: `map[keys]`."""

    map: str
    keys: list[Expr]


@dataclass
class AggRead(Expr):
    """One statistic of an aggregation element: stap `@count(s[k])`; func in AGG_READ_FUNCS.

    `args` holds IntLit parameters: stap `@variance(s, shift)` has the bit shift
    (stap's Welford variance is computed with `shift` bits of fixed point).
    """

    agg: str
    keys: list[Expr]
    func: str
    args: list[Expr] = field(default_factory=list)


@dataclass
class HistBucket(AggRead):
    """The count in one bucket of an element's histogram: stap `@hist_log(s[k])[i]`,
    `@hist_linear(s, start, stop, interval)[i]`. `func` names the histogram
    (hist_log / hist_linear), `args` its IntLit parameters; the aggregation's
    updates collect it (ir.aggspec). Buckets are numbered as they are kept:
    hist_log 0..127 (64 holds 0, 64 + n the values of n bits, 64 - n their
    negatives), hist_linear 0 below start, 1.. one per interval, the last one
    above. With `checked` (stap's `[i]`), an element with no value is stap's
    run-time error "empty aggregate" and an index outside the buckets
    "histogram index out of range"; without it (the reads of a loop over the
    buckets, whose indexes are all in range) an element with no value reads 0.
    `member`: spelled stap's `i in @hist_log(s[k])`, which stap defines as this
    read (checked) taken as a truth value: its value is the count all the same.
    """

    index: Expr = None  # type: ignore[assignment]
    checked: bool = True
    member: bool = False


@dataclass
class Unary(Expr):
    op: str  # '-', '!', '~', '+'
    operand: Expr


@dataclass
class Cast(Expr):
    """An integer converted to the integer type `to` as C converts it (D's
    `(char)x`, `(uint32_t)x`): kept to its low `to.bits` bits, then sign- or
    zero-extended by `to.signed`."""

    to: Type
    operand: Expr
    # The source's name for `to` (D's `uint64_t`), named in a bad cast's message.
    spelling: Optional[str] = field(default=None, compare=False, kw_only=True)


@dataclass
class Binary(Expr):
    """op: + - * / % << >> & | ^ && || == != < <= > >= and '.' (string concatenation)."""

    op: str
    lhs: Expr
    rhs: Expr


@dataclass
class Ternary(Expr):
    cond: Expr
    then: Expr
    else_: Expr


@dataclass
class Assign(Expr):
    """`target op value` where op is '=' or a compound ('+=', '.=', ...). Value is the new value."""

    target: Union[Var, Index]
    op: str
    value: Expr


@dataclass
class IncDec(Expr):
    target: Union[Var, Index]
    op: str  # '++' or '--'
    prefix: bool


@dataclass
class Call(Expr):
    """A value-returning function (normalized name, see ir.builtins.FUNCTIONS)."""

    name: str
    args: list[Expr]


@dataclass
class FuncCall(Expr):
    """A call of a function the script defines (`Program.functions`, by name).

    Arguments are passed by value (strings are copied). Calls may recurse;
    the nesting depth is bounded at run time by the MAXNESTING limit, whose
    overflow is a run-time error reported at the callee's definition."""

    name: str
    args: list[Expr]


@dataclass
class EmbeddedC(Expr):
    """C of the script's own, compiled as written (stap -g, guru mode): `%{ code %}`
    in an expression (a number, or a string when the code carries stap's
    `/* string */` pragma: `is_str`) or, `stmt`, in a statement's place (C
    statements; the value, unused, is 0). xtrace checks nothing in it: guru mode is
    the user's opt-in to unchecked kernel C."""

    code: str
    is_str: bool = False
    stmt: bool = False


@dataclass
class Sprintf(Expr):
    """A string formatted as Printf formats it (stap `sprintf(fmt, ...)`, and
    `sprint(x)` as "%s" / "%d"); the result is cut at MAXSTRINGLEN."""

    fmt: str
    args: list[Expr]
    # what each argument is, where the code that made the sprintf knows (stap's argstr:
    # `pathname`, `mode`): a port keeping the pieces apart names them so; not the value
    labels: Optional[tuple[str, ...]] = field(default=None, compare=False, kw_only=True)


@dataclass
class InMap(Expr):
    """`[keys] in map` / `keys in map`: 1 if the element exists."""

    keys: list[Expr]
    map: str


# ----------------------------------------------------------------- statements


@dataclass
class Stmt:
    loc: Loc = field(default=NOLOC, compare=False, kw_only=True)


@dataclass
class ExprStmt(Stmt):
    expr: Expr


@dataclass
class Block(Stmt):
    stmts: list[Stmt]


@dataclass
class If(Stmt):
    cond: Expr
    then: Stmt
    else_: Optional[Stmt] = None
    # D's `c ? printf(a) : 1;` statement: one expression to DTrace, no `if`, so no
    # basic block of its own (ir/sugarblocks.py); its condition is a constant when a
    # branch is an action (dt_node_op3 folds it). Not compared: an `if` a port writes
    # for it reads back as the same statement.
    ternary: bool = field(default=False, compare=False)


@dataclass
class Printf(Stmt):
    """Formatted output. `fmt` uses C printf conversions; the driver formats it.

    stap `log(x)` is Printf("%s\\n", [x]); `print(x)` is Printf("%s"/"%d", [x]).
    `stderr` sends the text to the session's standard error instead (Vue's eprintf),
    in order with the rest of the output.
    """

    fmt: str
    args: list[Expr]
    stderr: bool = False


# One conversion of a Printf's fmt (group 1: `%` for a literal `%%`, group 2: the
# conversion's letter), to pair conversions with their arguments.
PRINTF_CONVERSION = re.compile(r"%(%|[-+ #0]*\d*(?:\.\d*)?(?:hh|h|ll|l|L|j|z|t|q)?([A-Za-z]))")
# A conversion whose width or precision is a `*`, taken from an argument (`%*d`,
# `%-.*s`), which PRINTF_CONVERSION does not read. A `*` of the format's text
# (`"[*] %s"`) is no such conversion.
_STAR_CONVERSION = re.compile(r"%%|%[-+ #0]*(?:\d*\*|\d*\.\d*\*)")


def has_star_conversion(fmt: str) -> bool:
    """Whether printf format `fmt` has a conversion with a `*` width or precision."""
    return any(m.group(0) != "%%" for m in _STAR_CONVERSION.finditer(fmt))


@dataclass
class Exit(Stmt):
    """End the session after this probe (END probes still run)."""

    status: Optional[Expr] = None


@dataclass
class Fail(Stmt):
    """A run-time error raised by the script with message `msg` (stap's error()):
    it ends the session like a fault, unless a try around it catches the message."""

    msg: Expr = None  # type: ignore[assignment]


@dataclass
class Raise(Stmt):
    """Send signal `sig` to the thread the probe fired in (D's raise(); stop() is
    raise(SIGSTOP)). A destructive action: the driver refuses it unless allowed."""

    sig: Expr


@dataclass
class Delay(Stmt):
    """Busy-wait `amount` `unit`s ('ns', 'us', 'ms') in the probe, the probed thread
    held up: stap's udelay(us) and mdelay(ms) (its guru-delay tapset, -g only), D's
    chill(ns), a destructive action DTrace caps at 500 ms of each second on a CPU
    (past it, an illegal operation)."""

    amount: Expr
    unit: str = "ns"


# nanoseconds in one of a Delay's units
DELAY_NS = {"ns": 1, "us": 1000, "ms": 1000000}


def scaled(e: Expr, factor: int) -> Expr:
    """`e * factor`, folded where `e` is a literal (a unit converted in a port)."""
    if factor == 1:
        return e
    if isinstance(e, IntLit):
        return IntLit(e.value * factor, loc=e.loc, type=e.type)
    return Binary("*", e, IntLit(factor, loc=e.loc), loc=e.loc, type=e.type)


@dataclass
class System(Stmt):
    """Run the shell command `fmt` formats (as Printf) in the driver, when its
    record arrives: its output comes in order with the rest (D's system()).
    A destructive action, like Raise."""

    fmt: str
    args: list[Expr]


@dataclass
class Next(Stmt):
    """Leave the current probe handler (stap `next`)."""


@dataclass
class While(Stmt):
    """`while (cond) body`; with `step`, C's `for (; cond; step) body` (a
    `continue` runs the step). Every iteration spends one action of the
    probe's MAXACTION budget, charged at the end of the body (`body.loc` is
    where an exhausted budget is reported), so a runaway loop ends with an error.
    A for loop's initializer is a statement before the While."""

    cond: Expr
    body: Stmt
    step: Optional[Expr] = None
    # a loop that is a foreach over something other than an array, as the script
    # spelled what it walks: stap's `@hist_log(stat)` (the buckets of a histogram),
    # for the printers' words
    walks: str = field(default="", compare=False, kw_only=True)


@dataclass
class ForEach(Stmt):
    """Iterate over the elements of a global associative array or aggregation.

    `keys` are local variable names bound to the element's key columns in
    order; `value` (optional) a local bound to the element's value (an
    aggregation's value is its @count). The elements are visited sorted when
    `sort_column` is set: 0 sorts on the value (for an aggregation: on the
    statistic `sort_stat`, default count), 1..N on that key column;
    `descending` flips the order, ties are broken by the other columns.
    Unsorted iteration visits an array's elements in insertion order (stap's),
    an aggregation's in the order they were first seen, CPU by CPU; sorts are
    stable with respect to that order. `limit`, evaluated once before the loop,
    stops after that many elements. The array must not be changed by the body
    (the lowering's language rules it out). Each iteration spends one action.
    """

    map: str
    keys: list[str]
    body: Stmt
    value: Optional[str] = None
    sort_column: Optional[int] = None
    descending: bool = False
    sort_stat: str = "count"
    limit: Optional[Expr] = None


@dataclass
class Break(Stmt):
    """Leave the innermost While / ForEach."""


@dataclass
class Continue(Stmt):
    """Go to the next iteration of the innermost While / ForEach."""


@dataclass
class Return(Stmt):
    """Leave the current Function, with `value` as its result (None: the type's zero)."""

    value: Optional[Expr] = None


@dataclass
class AggUpdate(Stmt):
    """`@agg[keys] = func(args)` (D) or `agg[keys] <<< value` (stap, func='stats').

    func in AGG_UPDATE_FUNCS. count() takes no args; the others take the value,
    then, for histograms, their integer parameters as IntLit (see ir.aggspec):
      quantize(v)                       DTrace power-of-two histogram
      lquantize(v, base, limit, step)   DTrace linear histogram (D's default step 1 made explicit)
      llquantize(v, factor, low, high, steps)
      stddev(v)                         count/sum plus a 128-bit sum of squares
      hist_log(v)                       stap statistics plus its power-of-two histogram
      hist_linear(v, start, stop, interval)
                                        stap statistics plus a linear histogram
    A stap global read with @hist_log/@hist_linear is updated with that func
    (stap collects one histogram per global); 'stats' otherwise.
    All updates of one aggregation keep the same histogram and parameters.
    """

    agg: str
    keys: list[Expr]
    func: str
    args: list[Expr]


@dataclass
class PrintAgg(Stmt):
    """Print every element of an aggregation, merged over CPUs, sorted.

    layout:
      'dtrace'  DTrace's default printa/END layout (blank line, one row per
                element, key columns by type, value " %16lld");
      'stap'    stap's auto-print layout (`name[k1,k2] @count=.. @min=..` or
                `name[k]=v` for count-only);
      'format'  `fmt` is applied to each row with the keys then the value
                (the stap `foreach ([k..] in a) printf(fmt, k.., @f(a[k..]))`
                idiom and D's printa(fmt, @a)).
      'stap_hist' stap's `print(@hist_log(s[k]))` / `print(@hist_linear(..))`:
                the histogram of the one element `keys` names (the aggregation
                is updated with hist_log / hist_linear, which give the buckets);
                with `keys` None, every element's histogram, each after `fmt`
                (if any) applied to its keys: stap's
                `foreach ([k] in s) { printf(fmt, k) print(@hist_log(s[k])) }`,
                sorted by key or by count.
    value_func is the statistic printed: count, sum, min, max, avg, or for
    DTrace's layouts stddev, quantize, lquantize, llquantize (printed as
    DTrace does: the value in " %16llu", or a value/Distribution/count block
    per element); for 'stap_hist' hist_log or hist_linear.
    sort_by 'value' sorts by `value_func`, ties broken by keys; 'key' by keys.
    `keys` (only with 'stap_hist') are evaluated where the statement runs.
    """

    agg: str
    layout: str = "dtrace"
    fmt: Optional[str] = None
    value_func: str = "count"
    sort_by: str = "value"
    descending: bool = False
    limit: Optional[int] = None
    keys: Optional[list[Expr]] = None
    more: list[str] = field(default_factory=list)
    # stap: the function that printed one element's histogram (print, println),
    # named by the "empty aggregate" error of an element with no value
    called: str = field(default="print", compare=False, kw_only=True)
    # D's end-of-run dump of an aggregation the script also printa()s: printed
    # only if no printa() printed a row of it (libdtrace's DTRACE_AGD_PRINTED,
    # known only as the run goes: a printa in a tick that never fired)
    unless_printed: bool = field(default=False, kw_only=True)
    # a port's flag globals set to 1 when this print prints a row (ir/rundumps.py: how
    # a stap or Vue port of D says DTRACE_AGD_PRINTED, which a printa of no rows
    # leaves unset); written in the loop or the `if` that prints the rows
    marks: list[str] = field(default_factory=list, kw_only=True)


# `more` (DTrace's printa(fmt, @a, @b, ...)): further aggregations printed in the
# same table, joined on their keys (a key missing from one shows 0 there). With
# 'format', a fmt conversion flagged '@' (`%@d`) takes the next aggregation's
# value and the others take the keys in order; without '@' flags the keys and
# then the value, as above. The sort key is the value of aggregation number
# `sort_pos` (DTrace's aggsortpos) unless the run-time options say otherwise.


@dataclass
class Trace(Stmt):
    """D's trace(expr): the value alone, in dtrace-utils 2.x's layout for its type
    (quiet: `%d`/`%u`/`%s`; else ` %10d`, ` %19ld`, ` %20lu`, `  %-33s`, ...)."""

    expr: Expr


@dataclass
class PrintTree(Stmt):
    """Vue's ptree(depth): the process tree around the current process, gathered in
    the kernel (its ancestors up to init, itself, its descendants `depth` levels down;
    None: as deep as the runtime goes) and printed by the driver (runtime.vueprint)."""

    depth: Optional[int] = None


@dataclass
class PrintStack(Stmt):
    """Print the kernel stack of the probe hit: D's stack() action (layout
    'dtrace': a newline, then `module`symbol+0xoff lines indented 14) or stap's
    print_backtrace() (layout 'stap': ` 0xADDR : symbol+0xoff/0xsize [kernel]`), or Vue's
    stktrace() (layout 'vue': `symbol+0xoff` lines with PRINT_SYMBOLS, 'vue_raw': `0xADDR`
    lines without). `depth` keeps only that many frames, from the probed code down
    (None: every frame). `user`: the user-space stack instead (D's ustack(), stap's
    print_ubacktrace(), Vue's stktrace(GET_USER_TRACE)); frames are `module`sym+0xoff
    (D), ` 0xADDR : sym+0xoff/0xsize [path]` (stap), `sym+0xoff` (Vue)."""

    layout: str = "dtrace"
    depth: Optional[int] = None
    user: bool = False


@dataclass
class AggControl(Stmt):
    """A change to what later prints of an aggregation show (D's clear/trunc/normalize).

    op:
      'clear'        every value to zero, the keys stay (they print with 0);
      'trunc'        args []: every element goes; [n]: only the n elements with the
                     largest values stay (n < 0: the -n smallest);
      'normalize'    args [n]: printed values are divided by n;
      'denormalize'  printed values are the raw ones again.
    """

    op: str
    agg: str
    args: list[Expr] = field(default_factory=list)


@dataclass
class SetOpt(Stmt):
    """D's setopt(name[, value]): change a consumer option (aggsortkey, ...) from here on."""

    name: str
    value: Optional[str] = None


@dataclass
class TraceMem(Stmt):
    """D's tracemem(addr, size[, shown]): `size` bytes of kernel memory at `addr`
    (a constant, DTrace's record size), printed as DTrace's hex dump (the
    `0  1  2 ... 0123456789abcdef` header, then offset rows). With `shown`
    (the 3-argument form) only its value's first bytes are printed when it is
    between 0 and size; all `size` bytes are read either way."""

    addr: Expr
    size: int
    shown: Optional[Expr] = None


@dataclass
class TraceValue(Stmt):
    """Vue's trace(var): the `size` bytes of a variable's value (an integer's bytes
    as they lie in memory, or a String's characters padded with zeros to its
    declared length), printed as tracemem() prints memory."""

    value: Expr
    size: int


@dataclass
class Speculate(Stmt):
    """D's speculate(id): the records of the rest of this clause (and, when not
    quiet, its framing) belong to speculation `id`; they are printed when the
    speculation is committed and never when it is discarded. An id of 0 or of a
    speculation not active drops them silently; one past nspec is an error.
    Only as a top-level statement of a clause, before any data-recording one.
    With `tentative` (Vue's start_tentative(name)): the buffer named so, always
    open (it needs no speculation() and is open again after a commit), and its
    section ends at SpecStop or with the clause."""

    id: Expr
    tentative: Optional[str] = None


@dataclass
class SpecEnd(Stmt):
    """D's commit(id) (op 'commit': the speculation's records are printed, in
    the order they were made) or discard(id) (op 'discard': they are dropped);
    the speculation becomes free again. Id 0 and inactive ids do nothing.
    With `tentative`: Vue's commit_tentative(name) / discard_tentative(name)."""

    op: str
    id: Expr
    tentative: Optional[str] = None


@dataclass
class SpecStop(Stmt):
    """Vue's end_tentative(name): the clause's records after it go to the trace
    again, not to the tentative buffer `tentative`."""

    tentative: str


@dataclass
class PrintVar(Stmt):
    """Print a global scalar or associative array.

    layout:
      'stap'           stap's end-of-run auto-print of a written but unread global:
                       `name=value` / `name["k",1]=value` (arrays sorted by value, descending);
      'vue'            Vue's print(a) of an associative array (conformance/vue/README.md);
      'vue_quantize'   Vue's quantize(a): each element with a bar linear in its value's
                       power of two;
      'vue_lquantize'  Vue's lquantize(a): each element with a bar linear in the
                       logarithm of its value.
    """

    name: str
    layout: str = "stap"
    # the name the output shows, where a translation renamed the variable
    label: Optional[str] = field(default=None, compare=False, kw_only=True)


@dataclass
class Wildcard(Expr):
    """stap's `*` as a key of `delete a[k, *]`: any value of that key."""


@dataclass
class Delete(Stmt):
    """`delete map[keys]`, `delete map` (keys None), or clear an aggregation. A key
    may be a Wildcard (stap's `delete a[k, *]`: every element whose other keys match)."""

    map: str
    keys: Optional[list[Expr]] = None


@dataclass
class Try(Stmt):
    """stap's `try { body } catch(var) { handler }`: a run-time fault in body
    runs handler (with var holding the message) instead of ending the session."""

    body: Block
    handler: Block
    catch_var: Optional[str] = None


@dataclass
class Comment(Stmt):
    """A source comment carried for translate (no run-time effect). `trails`: it sat
    at the end of the line of the statement after it in the block (ir/trailing_comments.py),
    where a printer may keep it."""

    text: str
    trails: bool = field(default=False, compare=False)
    # a `translate --force` gap's comment put in place of a statement before printing
    # (frontends/histbuckets.py): (the refusal, the statement), whose stores
    # frontends/gaps.py then counts as left out
    left_out: Optional[tuple] = field(default=None, compare=False, kw_only=True)


# ------------------------------------------------------------ probes, program


@dataclass
class ProbePoint:
    """Where a probe attaches.

    kind:
      'begin' / 'end'           session start / end
      'syscall'                 name = glob of syscall names ('*' = every syscall),
                                is_return for the exit side
      'kfunc'                   name = kernel function (glob), kprobe / kretprobe
      'timer'                   period_ns, one timer for the session (stap timer.ms,
                                D tick-N, Vue @@interval:*:clock:N)
      'tracepoint'              name = 'subsystem:event'
      'ufunc'                   name = function (glob, or `/ERE/`: a regular expression,
                                Vue's uft tuples) of the user-space ELF file
                                `binary` (a path, a library name, or '$target' for
                                the -c command's program), uprobe / uretprobe
      'umark'                   name = glob of user-space SDT marker names (`.note.stapsdt`)
                                of the ELF file `binary` (as for 'ufunc'); `module`, when
                                given, a glob of their providers (stap .provider("P"), D's
                                provider name); a uprobe on each marker, its semaphore
                                raised while armed (ir.sdtnotes)
      'error'                   runs when a statement of another probe faults and the
                                session goes on (DTrace's dtrace:::ERROR)
      'error_end'               runs when the session ends after a fatal run-time error,
                                instead of the end probes (stap's `probe error`)
      'never'                   never runs (stap's `probe never`: the body is still checked)
      'proc'                    name = 'begin' / 'end' / 'thread.begin' / 'thread.end':
                                stap's process.begin / .end (every
                                process running at session start and each new one; its
                                exit), limited to `binary` (an executable path) or `pid`
      'procfs'                  name = a file the module makes under /proc/systemtap/MODULE/
                                (stap's procfs("name")); `procfs` is 'read' (reading the
                                file runs the probe, which sets the text) or 'write' (writing
                                it runs the probe with the text written); `maxsize` is a read
                                file's buffer (0: MAXSTRINGLEN), `umask` its mode's mask
      'netfilter'               name = the hook number, `pf` the protocol family, `priority`
                                the hook's priority: an nf_hook_ops registered in init_net
                                (stap's netfilter.hook("H").pf("PF")); the handler's
                                verdict (builtin nf_verdict) is the packet's, NF_ACCEPT by default
      'perf'                    a perf event counted on every CPU (stap perf.sw.*, perf.hw.*,
                                perf.type(T).config(C)): `perf_type` / `perf_config` are the
                                perf_event_attr's, the probe runs once every `sample` events;
                                `name` is the event's tapset name ("" for type/config)
    `spelling` is the source text of the point, for messages and `pp`.
    `optional` (stap `?`, D -Z) makes a point that matches nothing a no-op;
    `sufficient` (stap `!`) also makes the probe's later points unneeded when it matches.
    `alias` names the provider probe a tracepoint stands for (D `proc:::exec-success`
    is the tracepoint sched:sched_process_exec), so printers can say it that way;
    the tracepoint is what the point means.
    `when` narrows a tracepoint or kfunc point to the hits that are the provider
    probe it stands for (a named check made where the probe fires, before the
    predicate: backend_c.codegen.SITE_CHECKS): 'fork_process' / 'fork_thread'
    (sched_process_fork of a new process / thread), 'start_process' /
    'start_user' (schedule_tail() of a new group leader / of any user task),
    'group_dead' (taskstats_exit() of a process's last thread).
    """

    kind: str
    name: str = ""
    is_return: bool = False
    period_ns: int = 0
    optional: bool = False
    # stap `!`: when this point resolves, the points after it in the probe are dropped
    sufficient: bool = False
    spelling: str = field(default="", compare=False)
    loc: Loc = field(default=NOLOC, compare=False)
    alias: str = field(default="", compare=False)
    when: str = ""
    binary: str = ""
    # ufunc on '$target' (D's pid provider with an empty or `*` module): the function
    # in every object the process maps, the program's libraries and the dynamic
    # linker too (ir/loadmap.py); without it, the program alone (D's a.out, stap's
    # process.function, Vue's uft of the executable)
    every_object: bool = False
    # Only hits in this process count (D's pid1234 provider): checked where the
    # probe fires, before the probe's predicate.
    pid: Optional[int] = None
    # Only hits in the -c / -X command's process count (Vue's @@uft:$__CPID:...,
    # IBM's uft probes follow one process, its threads included, not the children
    # it forks): its pid is known only once the session starts it
    # (runtime xt_target_pid), so it is checked where the probe fires.
    target_only: bool = False
    # timer: fire on every CPU, each in its own interrupt (D profile-N, stap
    # timer.profile), rather than once per period somewhere.
    per_cpu: bool = False
    # timer: each period is period_ns plus a uniform random offset in
    # [-randomize_ns, +randomize_ns] (stap's timer.ms(N).randomize(M)).
    randomize_ns: int = 0
    # kfunc return: the kretprobe's number of calls followed at once (stap's
    # `.return.maxactive(N)`); 0 is the runtime's own default
    maxactive: int = 0
    # procfs: 'read' / 'write', the read buffer's size (0: MAXSTRINGLEN) and the
    # umask given (None: stap's default modes, 0400 read, 0200 write)
    procfs: str = ""
    maxsize: int = 0
    umask: Optional[int] = None
    # What to say when the point matches nothing (a Solaris kernel function's
    # Linux counterpart), appended to the error.
    hint: str = field(default="", compare=False)
    # D: the description with an empty or globbed provider (`::sync:entry`) this
    # point is one provider's reading of; the description must match a probe through
    # at least one of its readings (analysis drops the readings that match none).
    any_of: str = field(default="", compare=False)
    # Said when no reading of the any_of description matches (its first field names a
    # provider where, with fewer than four fields, it is the module)
    any_of_hint: str = field(default="", compare=False)
    # kfunc: a glob of loaded kernel module names whose functions `name` picks
    # from (stap module("m").function("f"), D fbt:m:f:entry); "" the core kernel.
    # umark: a glob of SDT providers ("" any).
    module: str = ""
    # netfilter: the protocol family and hook priority (`name` is the hook), each a
    # number, or under stap -g a kernel constant's name (a C identifier)
    pf: str = ""
    priority: str = "0"
    # perf: the event (perf_event_attr type and config) and its sample period
    perf_type: int = 0
    perf_config: int = 0
    sample: int = 0
    # a hardware watchpoint (stap kernel.data): perf_type 5 (PERF_TYPE_BREAKPOINT) on
    # the address (or the vmlinux variable `bp_sym`, placed by analysis), for bp_len
    # bytes, HW_BREAKPOINT_W (2) or _RW (3)
    bp_addr: int = 0
    bp_sym: str = ""
    bp_len: int = 0
    bp_type: int = 0
    # A field given by a script argument, which a translation keeps for the port's user
    # to pass again (D's `syscall::$1:entry` and `pid$1::f:entry`, stap's `syscall.$1`,
    # Vue's `@@uft:$1:*:f:entry`): the number of the argument that names the point
    # (`name` is then "$N", matched against nothing) or its process (`pid` is then None).
    # A run substitutes its arguments before lowering, so the backend never sees one.
    name_arg: int = 0
    pid_arg: int = 0
    # timer: a period given by a script argument in `period_unit` ('ns', 'us', 'ms', 's'
    # or 'hz', a rate), kept by a translation (D's tick-$1ms, Vue's @@interval:*:clock:$1;
    # period_ns is then 0); `arg_period_ns`, the period the translation's --arg value
    # gives, for a language that cannot keep the argument in that unit (0: not given)
    period_arg: int = 0
    period_unit: str = ""
    arg_period_ns: int = field(default=0, compare=False)

    def of_named_file(self) -> bool:
        """A user-space point (function or SDT marker) of the file it names (a library
        or a program by path), not of the -c command's program nor of one pid's:
        stap's process("libc.so.6") fires in every process mapping it, unless
        `target_only` keeps the -c command's process alone."""
        return self.kind in ("ufunc", "umark") and self.binary != "$target" and self.pid is None


@dataclass
class Probe:
    points: list[ProbePoint]
    body: Block
    predicate: Optional[Expr] = None
    loc: Loc = field(default=NOLOC, compare=False)
    comments: list[str] = field(default_factory=list, compare=False)
    # DTrace's non-quiet framing of this clause's records (a no-op under
    # Program.options['quiet']): before the first record of the session the
    # `CPU     ID                    FUNCTION:NAME` heading; each firing begins
    # with `%3d %6d %32s ` (CPU, probe ID, `function:name` of the probe that
    # fired) and ends with a newline. The D frontend frames exactly the clauses
    # DTrace records data for: those with a data-recording action (trace,
    # printf, printa, exit, clear, trunc, ...) and those with no action at all.
    framed: bool = field(default=False, compare=False)
    # The framing's CPU column is a 0, not the CPU: a Vue port of a D BEGIN or END
    # clause, where ProbeVue cannot read the CPU (frontends/dframing.py), printed as
    # probevue would print that script.
    framed_cpu_zero: bool = field(default=False, compare=False)
    # Written by a frontend, not the user (D's end-of-run aggregation dump): not
    # one of the script's clauses, so not counted in "matched N probes".
    implicit: bool = field(default=False, compare=False)
    # stap: the probes written as one non-optional `probe ... { }` share a group
    # number; when every point of all of them is optional (an alias's `?` points)
    # and none resolves, that is stap's "no match" error, reported at `loc`.
    must_match: Optional[int] = field(default=None, compare=False)


@dataclass
class Global:
    """A global variable.

    kind: 'scalar', 'map' (associative array) or 'agg' (aggregation / stap stats).
    For 'agg', `agg_func` names the update function (count, sum, ..., stats).
    `key_types` / `type` are filled by analysis when the frontend cannot know them.
    """

    name: str
    kind: str
    type: Optional[Type] = None
    key_types: Optional[list[Type]] = None
    agg_func: Optional[str] = None
    init: Optional[Expr] = None
    size: Optional[int] = None
    # A full map drops its oldest element for a new one instead of failing (stap `%`).
    wrap: bool = False
    loc: Loc = field(default=NOLOC, compare=False)
    # How the script spells the variable, where that is not `name`, and how many
    # leading keys the frontend added that the script does not write: D's
    # `self->a[k]` is array `self_a[tid, k]` (frontends/d/tlsarrays.py), and
    # an error about its keys says `self->a` and counts `k` as key 1.
    shown: Optional[str] = field(default=None, compare=False)
    implicit_keys: int = field(default=0, compare=False)
    # A 'map' that is one array per thread (D's `self->a[k]`): its first key is
    # the `tid` of the thread storing, and its elements belong to that thread
    # alone: they end when the thread exits, and a later thread given the same
    # id starts with none (the C backend keys them by the thread's start time
    # too). A printer writes it as the array keyed by tid it reads as.
    per_thread: bool = False
    # The comment written after the declaration on its line (D's
    # `int me;  /* an integer global variable */`), which a port keeps beside its own.
    comment: Optional[str] = field(default=None, compare=False)


@dataclass
class Param:
    """A function parameter; `type` is declared or inferred by analysis."""

    name: str
    type: Optional[Type] = None
    loc: Loc = field(default=NOLOC, compare=False)


@dataclass
class CBlock:
    """A block of a script's embedded C (stap -g): its text between `%{` and `%}`,
    and where that text starts (the line the `%{` is on), for the compiler's
    messages about it."""

    code: str
    loc: Loc = field(default=NOLOC, compare=False)


@dataclass
class Function:
    """A function the script defines (stap `function f:long(x:string) { ... }`).

    `ret` is the declared or inferred result type (None before analysis: a
    function that never returns a value yields a number, 0). Parameters and
    the variables the body assigns are locals (Var scope 'local') of one call.
    `loc` is where the name is written: stap reports MAXNESTING there.
    `c_body`: the function is embedded C (stap -g `function f:long(a:long) %{ ... %}`),
    compiled as written with stap's STAP_ARG_a / STAP_RETVALUE / STAP_RETURN /
    STAP_ERROR; `body` is then empty."""

    name: str
    params: list[Param]
    body: Block
    ret: Optional[Type] = None
    loc: Loc = field(default=NOLOC, compare=False)
    c_body: Optional[CBlock] = None
    # a function of stap's tapset that a port writes out as if the script's own
    # (frontends/tapset_tables.py: errno_str() reading a table of names): a refusal
    # names it as the tapset's, never as a user-defined function
    tapset: bool = field(default=False, compare=False)


@dataclass
class Program:
    """A whole script.

    lang is the source language ('d', 'stap', 'vue'); it selects diagnostics
    style and default limits only, never semantics. options holds explicit
    behaviour switches:
      'quiet': bool                 D -q / #pragma D option quiet
      'matched_notice': str         printed on stderr once probes are resolved,
                                    with {file}, {n} (number of probe sites) and {s} ("s" unless n is 1)
      'limits': dict[str,int]       MAXSTRINGLEN, MAXMAPENTRIES, MAXACTION, DYNVARSIZE, MAXNESTING, ...
      'ctypes': bool                integer constants and arithmetic have C's types (D): an
                                    int constant is 32 bits, printf and aggregation keys
                                    show a value at its type's width
      'thread_types': dict[str,Type] declared types of thread-local variables (D `self int x;`)
      'local_types': dict[str,Type] declared types of clause-local variables (D `this int x;`),
                                    the type of one a clause reads before any clause of the
                                    hit has stored it
      'syscall_names': str          'stap': a syscall probe's name is stap's tapset's
                                    (mmap2, pread; ir.syscalls.STAP_NAMES), not the kernel's
      'date_format': str            printf's %Y prints its wall-clock time with this
                                    strftime format (Vue's %A and set_date_format())
                                    instead of DTrace's `%Y %b %e %T`
      'user_strings_fault_in': bool a user string a syscall entry probe reads is paged in
                                    first (ProbeVue's get_userstring may page fault there):
                                    one not yet in memory defers the probe to the syscall's
                                    exit, as argstr does, instead of failing
      'inlines': list[str]          the D inline constants in declaration order (a translation
                                    declares those its literals keep the names of, IntLit.name)
      'inline_lead_comments': dict[str, list[str]]  the comments above a D inline, by its
                                    name ('inline_comments' the one after it on its line):
                                    a port writes them where it says the constant
                                    (frontends/inline_notes.py)
      'thread_comments': dict[str,str] the comment of a stap array keyed by tid() alone, by the
                                    name of the thread-local a D or Vue port makes it
                                    (ir/threadvars.py), which the port writes beside it
    functions are the script's own functions (FuncCall calls them). c_blocks are a
    stap -g script's top-level `%{ ... %}` blocks: C placed in the module as written,
    before the functions and probe handlers.
    """

    file: str
    lang: str
    globals: list[Global]
    probes: list[Probe]
    options: dict = field(default_factory=dict, compare=False)
    functions: list[Function] = field(default_factory=list)
    source: str = field(default="", compare=False, repr=False)
    c_blocks: list[CBlock] = field(default_factory=list)

    def function_named(self, name: str) -> Optional[Function]:
        for f in self.functions:
            if f.name == name:
                return f
        return None

    def global_named(self, name: str) -> Optional[Global]:
        for g in self.globals:
            if g.name == name:
                return g
        return None


def in_source_order(named: dict[str, str], prog: Program) -> list[tuple[str, str]]:
    """The items of `named` (constant name -> its text in a translation) in the order
    the source declared the constants (Program.options['inlines']), others last."""
    order = (prog.options or {}).get("inlines") or []
    rank = {name: i for i, name in enumerate(order)}
    return sorted(named.items(), key=lambda kv: rank.get(kv[0], len(order)))


def int_constant(e: Optional[Expr]) -> Optional[int]:
    """The value of an integer literal or of its negation (`-1` parses as unary minus
    over 1), None for anything else."""
    if isinstance(e, IntLit):
        return e.value
    if isinstance(e, Unary) and e.op == "-" and isinstance(e.operand, IntLit):
        return -e.operand.value
    return None


def struct_measured(e: Expr) -> Optional[str]:
    """The pointer type whose struct `e` measures when `e` is `&((T *)0)[1]`, the
    address of the second struct at 0: its size (D's sizeof of a kernel struct,
    stap's @cast_sizeof); else None."""
    if isinstance(e, KernelElem) and e.addr_of and isinstance(e.base, KernelCast) \
            and e.base.expr == IntLit(0) and e.index == IntLit(1):
        return e.base.ctype
    return None


def conjuncts(e: Optional[Expr]) -> list[Expr]:
    """The terms of a conjunction (`a && b && c`, however it nests), `e` itself if it
    is none; none of None."""
    if e is None:
        return []
    if isinstance(e, Binary) and e.op == "&&":
        return conjuncts(e.lhs) + conjuncts(e.rhs)
    return [e]


def conjoin(parts: list[Expr]) -> Optional[Expr]:
    """`parts` joined by `&&`, left to right (conjuncts' inverse); None of none."""
    out: Optional[Expr] = None
    for p in parts:
        out = p if out is None else Binary("&&", out, p, loc=out.loc)
    return out


def children(node) -> Iterator[Union[Expr, Stmt]]:
    """The statements and expressions directly inside `node`, in field order (walk's
    order one level down)."""
    for name in node.__dataclass_fields__:
        if name not in ("loc", "type"):
            v = getattr(node, name)
            if isinstance(v, (Expr, Stmt)):
                yield v
            elif isinstance(v, list):
                yield from (x for x in v if isinstance(x, (Expr, Stmt)))


def defined_outcome(e: Expr) -> Optional[bool]:
    """The outcome of a test that is stap's @defined() as analysis resolved it (or its
    negation), else None."""
    if isinstance(e, Unary) and e.op == "!":
        inner = defined_outcome(e.operand)
        return None if inner is None else not inner
    if isinstance(e, Defined) and e.value is not None:
        return bool(e.value)
    return None


def walk(node) -> Iterator[Union[Expr, Stmt]]:
    """Every statement and expression under `node` (a node or a list), depth first."""
    if isinstance(node, list):
        for x in node:
            yield from walk(x)
        return
    if not isinstance(node, (Expr, Stmt)):
        return
    yield node
    for name in node.__dataclass_fields__:
        if name not in ("loc", "type"):
            v = getattr(node, name)
            if isinstance(v, (Expr, Stmt, list)):
                yield from walk(v)


def equal_counts(nodes) -> list[tuple[Union[Expr, Stmt], int]]:
    """Each distinct node of `nodes` (compared with ==: nodes are not hashable) with how
    many times it occurs, in the order first seen."""
    out: list[list] = []
    for x in nodes:
        seen = next((pair for pair in out if pair[0] == x), None)
        if seen is None:
            out.append([x, 1])
        else:
            seen[1] += 1
    return [(x, n) for x, n in out]


def free_name(prog: Program, base: str) -> str:
    """`base`, or `base2`, `base3` ..., the first that names no global or function of
    `prog` (a variable a translation adds)."""
    taken = {g.name for g in prog.globals} | {f.name for f in prog.functions}
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    return name


def program_roots(prog: Program) -> Iterator[Union[Expr, Stmt]]:
    """The top nodes of a program's code: probe bodies and predicates, global
    initializers, function bodies (walk() each for every node)."""
    for p in prog.probes:
        yield p.body
        if p.predicate is not None:
            yield p.predicate
    for g in prog.globals:
        if g.init is not None:
            yield g.init
    for f in prog.functions:
        yield f.body


def program_blocks(prog: Program) -> list[Block]:
    """Every block of a program's code (program_roots walked), outermost first."""
    return [x for x in walk(list(program_roots(prog))) if isinstance(x, Block)]


def substituted(node, pick: Callable):
    """A copy of `node` with each expression under it for which pick() gives an
    expression replaced by a copy of that one (the original is left alone)."""
    def fn(x):
        r = pick(x)
        return copy.deepcopy(r) if r is not None else x
    return map_tree(copy.deepcopy(node), fn)


def one_per_point(p: Probe) -> list[Probe]:
    """`p` as one probe per probe point, each a copy with that point alone."""
    out = []
    for pt in p.points:
        one = copy.deepcopy(p)
        one.points = [pt]
        out.append(one)
    return out


def probes_rewritten(prog: Program, rewrite: Callable[[Probe], Probe]) -> Program:
    """`prog` with each probe replaced by rewrite() of it (a shallow copy), or `prog`
    itself when rewrite() returned every probe unchanged (the same object)."""
    probes = [rewrite(p) for p in prog.probes]
    if all(a is b for a, b in zip(probes, prog.probes)):
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog


def map_code(prog: Program, fn: Callable) -> None:
    """map_tree(fn) over every probe body and predicate and function body of `prog`,
    in place (a pass that rewrites the program's code copies it first)."""
    for p in prog.probes:
        p.body = map_tree(p.body, fn)
        if p.predicate is not None:
            p.predicate = map_tree(p.predicate, fn)
    for f in prog.functions:
        f.body = map_tree(f.body, fn)


def map_tree(node, fn: Callable):
    """`node` with every expression and statement under it replaced by fn of it
    (children first), in place where the node is mutable; returns fn(node)."""
    if dataclasses.is_dataclass(node):
        for fld in dataclasses.fields(node):
            v = getattr(node, fld.name)
            if isinstance(v, list):
                setattr(node, fld.name, [map_tree(x, fn) if isinstance(x, (Expr, Stmt)) else x
                                         for x in v])
            elif isinstance(v, (Expr, Stmt)):
                setattr(node, fld.name, map_tree(v, fn))
    return fn(node)
