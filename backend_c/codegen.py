"""Pass 3: IR -> C module source plus the manifest the driver decodes with.

The generated module is the runtime headers (only those the script uses)
plus one function per probe and the glue that attaches them. Values that the
user reads (printf arguments, aggregation rows) leave the kernel as raw
binary records; their formats live in the manifest, never in the C.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import jinja2

from xtrace.ir import nodes as n
from xtrace.ir.analysis import Analysis
from xtrace.ir.aggspec import program_specs
from xtrace.ir.loc import XtraceError
from xtrace.ir.regex import compile_regex
from xtrace.ir.types import STRING, Type

from xtrace.runtime.stream import error_text

from . import kinfo, strcalls
from .sysc import SyscallC
from xtrace.ir.syscalls import STAP_NAMES
from .cstr import c_ident, c_int, c_string

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
    keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
    undefined=jinja2.StrictUndefined)

DEFAULT_LIMITS = {
    "MAXSTRINGLEN": 256,
    "MAXACTION": 1000,
    "MAXMAPENTRIES": 2048,
    "MAXSKIPPED": 100,
    "OVERLOAD_PERCENT": 80,
    "BUFSIZE": 1 << 20,
    "DYNVARSIZE": 1 << 20,
    "MAXNESTING": 10,
    # Return probes in flight per kretprobe (stap's KRETACTIVE); 0: max(64, 8 per CPU).
    # A return whose instance pool ran dry is missed: counted and reported.
    "KRETACTIVE": 0,
    "NSPEC": 1,              # D's nspec: speculations at once
    "SPECSIZE": 1 << 20,     # D's specsize: bytes of records per speculation
    "SCRATCHSIZE": 8192,     # D's scratchsize: copyin()/alloca() bytes per clause hit
    "STACKFRAMES": 20,       # D's stackframes: kernel frames in a stack() aggregation key
    "USTACKFRAMES": 100,     # D's ustackframes: user frames recorded by ustack()
}
_MAX_SLOTS = 512
_KSTACK_KEY_FRAMES = 32  # = XT_STKDEPTH of module.c.j2: the frames a stack() key keeps
MAX_NESTING = 32
_COMM_LEN = 16
_ECODE = {"XT_E_DIVZERO": 1, "XT_E_MAXACTION": 2, "XT_E_MAPFULL": 3, "XT_E_FAULT": 4, "XT_E_LOCK": 5,
          "XT_E_MAXNESTING": 7, "XT_E_ILLOP": 8, "XT_E_SCRATCH": 9}
# D's subroutines that take this hit's scratch space (runtime/xt_mem.h).
_SCRATCH_CALLS = ("copyin", "alloca", "copyinto")
# stap names the statement kind in "ERROR: ... near <what>".
_STMT_WORD = {"Printf": "identifier 'printf'", "Exit": "identifier 'exit'", "AggUpdate": "operator '<<<'",
              "If": "keyword 'if'", "Delete": "keyword 'delete'", "While": "keyword 'while'",
              "ForEach": "keyword 'foreach'", "Break": "keyword 'break'",
              "Continue": "keyword 'continue'", "Return": "keyword 'return'", "Next": "keyword 'next'"}
# Statements a loop body charges to the iteration (stap flushes their actions at the
# end of the body, so an exhausted budget is reported at the body's '{').
_SIMPLE = ("ExprStmt", "Printf", "AggUpdate", "Delete", "Exit", "PrintVar", "Trace", "Raise", "System")


@dataclass
class GeneratedModule:
    """What pass 3 produces: C text, the runtime headers it needs, the manifest."""

    c_source: str
    headers: list[str]
    manifest: dict


@dataclass
class _Layout:
    """Key (and value) layout of a map or aggregation in kernel memory."""

    key_fields: list[tuple[Type, int]]  # (type, bytes)
    value: Optional[Type] = None

    @property
    def keysize(self) -> int:
        return max(8, sum(size for _, size in self.key_fields))

    def manifest(self) -> list[dict]:
        return [{"kind": t.kind, "bits": t.bits, "signed": t.signed, "size": size}
                for t, size in self.key_fields]


@dataclass
class _ProbeState:
    slots: int = 0
    temps: int = 0
    locals: dict[str, Type] = field(default_factory=dict)


class CodeGen:
    """Generates one module for an analyzed program."""

    def __init__(self, an: Analysis, limits: dict[str, int] | None = None) -> None:
        self.an = an
        self.prog = an.program
        self.limits = dict(DEFAULT_LIMITS)
        self.limits.update(self.prog.options.get("limits", {}))
        self.limits.update(limits or {})
        if self.limits["BUFSIZE"] & (self.limits["BUFSIZE"] - 1):
            raise XtraceError("bufsize must be a power of two")
        if not 1 <= self.limits["MAXNESTING"] <= MAX_NESTING:
            # Script functions are C functions: each nested call takes kernel stack,
            # of which a probe handler has only a few KiB to spare.
            raise XtraceError(f"MAXNESTING must be between 1 and {MAX_NESTING} (script function calls "
                              "nest on the kernel stack)", exit_code=2)
        if not 0 <= self.limits["NSPEC"] <= 0xFFFF:
            # commit()/discard() records carry the id in 16 bits (runtime/xt_spec.h).
            raise XtraceError("nspec must be between 0 and 65535", exit_code=2)
        self.strlen = self.limits["MAXSTRINGLEN"]
        self.formats: list[dict] = []
        self.signals = False  # raise()/stop(): runtime/xt_signal.h
        self.sites: list[dict] = []
        self.prints: list[dict] = []
        self.vars_printed: list[dict] = []
        self.globals = {g.name: g for g in self.prog.globals}
        self.agg_ids = {g.name: i for i, g in enumerate(g for g in self.prog.globals if g.kind == "agg")}
        self.map_ids = {g.name: i for i, g in enumerate(g for g in self.prog.globals if g.kind == "map")}
        self.layouts = {g.name: self._layout(g) for g in self.prog.globals if g.kind in ("map", "agg")}
        self.agg_specs = program_specs(self.prog)
        self.ps = _ProbeState()
        self.probe_index, self.action = 0, 0
        self.catches: list[tuple[str, str | None]] = []  # innermost stap try: (label, catch var)
        self.max_slots = 1
        self.probe_kind: set[str] = set()
        self.probe_is_return = False
        self.tp_nargs = 0
        self.stacks: list[dict] = []  # stack() / print_backtrace() records: their layouts
        self.uses: set[str] = set()
        self.cur_probe: Optional[n.Probe] = None  # the probe being generated
        self.sysc = SyscallC(an.target.syscalls)
        self.probe_syscalls: list[str] = []
        self.kheaders: set[str] = set()  # kernel headers declaring the structs read
        self.tls_ids = {name: i + 1 for i, name in enumerate(an.thread_vars)}
        self.ctypes = bool(self.prog.options.get("ctypes"))
        self.fn: Optional[n.Function] = None  # the function being generated
        self.throw_msgs: list[str] = []  # catch messages of the faults raised in functions
        self.loop_depth = 0
        self.fn_slots = 0
        # The probe being generated calls speculate(): its records go through
        # xt_spec_reserve, and when framed its prefix follows the speculate().
        self.spec_probe = False
        self.spec_frame: Optional[n.Probe] = None
        self.regexes: dict[str, int] = {}  # pattern -> its automaton's index (=~, !~)

    # ------------------------------------------------------------ helpers
    def err(self, msg: str, loc) -> XtraceError:
        return XtraceError(msg, loc, self.prog.source, kind="error")

    def site(self, loc, what: str) -> int:
        """Register a place that can fail at run time; `what` is stap's "near ..." phrase."""
        self.sites.append({"loc": str(loc), "file": loc.file, "line": loc.line, "col": loc.col,
                           "what": what, "probe": self.probe_index, "action": self.action})
        return len(self.sites) - 1

    def fail(self, code: str, site: int) -> str:
        """C for a run-time fault at `site`: report it and leave the probe, or,
        inside stap's try, store the message in the catch variable and jump to
        the catch block (a caught error is not an error of the session)."""
        if self.catches:
            label, var = self.catches[-1]
            st = self.sites[site]
            msg = f"{error_text(_ECODE[code], st)} near {st['what']} at {st['loc']}"
            keep = f"strscpy(l_{c_ident(var)}, {c_string(msg)}, XT_MAXSTRINGLEN); " if var else ""
            return f"{{ {keep}goto {label}; }}"
        if self.fn is not None:
            # In a function the try that catches it may be up the call chain.
            st = self.sites[site]
            msg = f"{error_text(_ECODE[code], st)} near {st['what']} at {st['loc']}"
            self.throw_msgs.append(msg)
            return f"{{ xt_throw(c, {code}, {site}, {len(self.throw_msgs) - 1}); goto xt_out; }}"
        return f"{{ xt_fail(c, {code}, {site}); goto xt_out; }}"

    def regex_table(self, pattern: str) -> int:
        """The index of the automaton for `pattern` (ir/regex.py), emitted once."""
        if pattern not in self.regexes:
            self.regexes[pattern] = len(self.regexes)
        return self.regexes[pattern]

    def regex_tables(self) -> str:
        """C for the automata of every pattern the script matches (runtime/xt_regex.h)."""
        out = []
        for pattern, k in self.regexes.items():
            c = compile_regex(pattern)
            match = ", ".join(f"{m:#x}ULL" for m in c.match)
            follow = ", ".join(f"{f:#x}ULL" for f in c.follow) or "0"
            out.append(f"static const u64 xt_re_follow_{k}[] = {{ {follow} }};\n"
                       f"static const struct xt_regex xt_re_{k} = {{ .first = {c.first:#x}ULL, "
                       f".last = {c.last:#x}ULL, .nullable = {int(c.nullable)}, "
                       f".follow = xt_re_follow_{k}, .match = {{ {match} }} }};\n")
        return "".join(out)

    def fail_stmt(self, s: n.Fail, out: list[str], ind: str) -> None:
        """stap's error(msg): a fault whose message is the script's (runtime XT_E_USER);
        a try in this frame catches the message itself."""
        site = self.site(s.loc, "identifier 'error'")
        msg = self.str_expr(s.msg)
        if self.catches:
            label, var = self.catches[-1]
            keep = f"strscpy(l_{c_ident(var)}, {msg}, XT_MAXSTRINGLEN); " if var else ""
            out.append(f"{ind}{{ {keep}goto {label}; }}")
            return
        out.append(f"{ind}strscpy(c->errbuf, {msg}, XT_MAXSTRINGLEN);")
        if self.fn is not None:
            out.append(f"{ind}{{ xt_throw(c, XT_E_USER, {site}, 0); goto xt_out; }}")
        else:
            out.append(f"{ind}{{ xt_fail(c, XT_E_USER, {site}); goto xt_out; }}")

    def slot(self) -> str:
        i = self.ps.slots
        self.ps.slots += 1
        if self.ps.slots > _MAX_SLOTS:
            raise XtraceError("probe needs too many string temporaries")
        # A function's strings live in its call's frame (one per nesting level).
        return f"fs_[{i}]" if self.fn is not None else f"c->str[{i}]"

    def temp(self) -> str:
        self.ps.temps += 1
        return f"t{self.ps.temps}_"

    def _layout(self, g: n.Global) -> _Layout:
        widths: list[int] = [0] * len(g.key_types or [])
        for e in self._key_uses(g.name):
            for i, k in enumerate(e):
                if i < len(widths):
                    w = _COMM_LEN if isinstance(k, n.Builtin) and k.name == "execname" else self.strlen
                    widths[i] = max(widths[i], w)
        fields = []
        for i, t in enumerate(g.key_types or []):
            if t.kind == "ustack":
                fields.append((t, 16 + 8 * self._ustack_key_depth(g.name, i)))
            elif t.kind == "kstack":
                fields.append((t, 16 + 8 * _KSTACK_KEY_FRAMES))
            else:
                fields.append((t, (widths[i] + 7) // 8 * 8 if t.is_str else 8))
        return _Layout(fields, g.type)

    def _ustack_key_depth(self, name: str, i: int) -> int:
        """Frames a ustack() key of `name` at position i keeps (the most any use asks)."""
        default = min(self.limits["USTACKFRAMES"], 1024)
        return max([k[i].depth or default for k in self._key_uses(name)
                    if i < len(k) and isinstance(k[i], n.UStack)] or [default])

    def _key_uses(self, name: str):
        bodies = [p.body for p in self.prog.probes] + [f.body for f in self.prog.functions]
        for node in n.walk(bodies):
            if isinstance(node, (n.Index, n.InMap)) and node.map == name:
                yield node.keys
            elif isinstance(node, (n.AggUpdate, n.AggRead)) and node.agg == name:
                yield node.keys
            elif isinstance(node, n.PrintAgg) and node.agg == name and node.keys:
                yield node.keys
            elif isinstance(node, n.Delete) and node.map == name and node.keys:
                yield node.keys

    # ------------------------------------------------------------ keys
    def key(self, name: str, keys: list[n.Expr], buf: str = "c->key") -> str:
        """Statements that fill the key buffer (all key expressions are evaluated first)."""
        lay = self.layouts[name]
        # Every field is written whole (strings padded), so only a key with no
        # fields at all needs clearing.
        covered = sum(size for _, size in lay.key_fields)
        pre, fill = [], [] if covered == lay.keysize else [f"memset({buf}, 0, {lay.keysize});"]
        off = 0
        for (t, size), k in zip(lay.key_fields, keys):
            tmp = self.temp()
            if t.kind == "ustack":
                # Written whole (unused frames zeroed): equal stacks are equal keys.
                self.uses.add("ustack")
                depth = (size - 16) // 8
                if isinstance(k, n.UStack) and k.depth:
                    depth = min(depth, k.depth)
                fill.append(f"xt_ustack_key((char *){buf} + {off}, c, {depth}, {(size - 16) // 8});")
            elif t.kind == "kstack":
                # The raw frames, XT_STKDEPTH of them, with the depth to print: the
                # driver drops the probe's own frames first (runtime/stacks.py), then
                # keeps `depth`, and merges keys that print the same.
                if not any(st["layout"] == "key" for st in self.stacks):
                    self.stacks.append({"layout": "key", "depth": None, "user": False})  # xt_stack.h
                depth = k.depth if isinstance(k, n.UStack) and k.depth else self.limits["STACKFRAMES"]
                fill.append(f"xt_kstack_key((char *){buf} + {off}, c, {depth});")
            elif t.is_str and isinstance(k, n.Builtin) and k.name == "execname" and size == _COMM_LEN:
                # The kernel keeps comm NUL-padded to TASK_COMM_LEN: copy it whole.
                fill.append(f"memcpy((char *){buf} + {off}, current->comm, {size});")
            elif t.is_str:
                pre.append(f"const char *{tmp} = {self.str_expr(k)};")
                fill.append(f"strscpy_pad((char *){buf} + {off}, {tmp}, {size});")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(k)};")
                fill.append(f"memcpy((char *){buf} + {off}, &{tmp}, 8);")
            off += size
        return " ".join(pre + fill)

    # ------------------------------------------------------------ expressions
    def int_expr(self, e: n.Expr) -> str:
        assert e.type is not None, f"untyped {e}"
        if isinstance(e, n.Translated):
            return self.int_expr(e.value)
        if e.type.is_str:
            # A string as a condition (`/self->path/`): true when not empty.
            return f"((s64)(({self.str_expr(e)})[0] != 0))"
        if isinstance(e, n.IntLit):
            return c_int(e.value)
        if isinstance(e, n.Defined):
            return "1" if e.value else "0"
        if isinstance(e, n.RegexMatch):
            k = self.regex_table(e.pattern)
            res = f"xt_regex_search(&xt_re_{k}, {self.str_expr(e.subject)})"
            return f"((s64)!{res})" if e.negate else f"((s64){res})"
        if isinstance(e, n.Cast):
            return _c_cast(e.to, self.int_expr(e.operand))
        if isinstance(e, n.Builtin):
            return self.builtin_int(e)
        if isinstance(e, n.ProbeArg):
            assert e.index is not None, "analysis resolves probe arguments"
            if self.probe_kind == {"kfunc"}:
                # a kprobe on the function's entry: the parameter is where the
                # x86_64 calling convention put it (BTF's prototype gave its position)
                self.uses.add("sysregs")
                raw = f"(c->regs ? regs_get_kernel_argument(c->regs, {e.index}) : 0)"
                return _c_cast(e.type, raw) if e.type is not None and not e.type.ctype else f"((s64){raw})"
            return f"((s64)(c->tpargs[{e.index}]))"
        if isinstance(e, n.SyscallVar):
            self.sysc.use_var(e.name, self.probe_syscalls)
            self.uses.add("sysregs")
            return f"xt_sv_{c_ident(e.name)}(c)"
        if isinstance(e, n.Var):
            if e.scope == "global":
                return f"atomic64_read(&xt_g_{c_ident(e.name)})"
            if e.scope == "thread":
                return self.tls_read(e)
            return f"l_{c_ident(e.name)}"
        if isinstance(e, n.Index):
            m = c_ident(e.map)
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ s64 v_ = 0; struct xt_map_ent *e_; {self.key(e.map, e.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, false); "
                    f"if (e_) memcpy(&v_, xt_map_val(&xt_m_{m}, e_), 8); "
                    f"xt_map_unlock(&xt_m_{m}); v_; }})")
        if isinstance(e, n.AggRead):
            what = {"count": 0, "sum": 1, "min": 2, "max": 3, "avg": 4, "variance": 5}[e.func]
            spec = self.agg_specs[e.agg]
            # stap's @avg and @variance use the aggregate's @variance bit shift.
            shift = spec.welford_shift or 0
            woff = 2 if spec.sumsq else 0
            return (f"({{ {self.key(e.agg, e.keys)} "
                    f"xt_agg_read(&xt_a_{c_ident(e.agg)}, c->key, {what}, {woff}, {shift}); }})")
        if isinstance(e, n.InMap):
            m = c_ident(e.map)
            if self.globals[e.map].kind == "agg":
                return f"({{ {self.key(e.map, e.keys)} (s64)(xt_agg_read(&xt_a_{m}, c->key, 0, 0, 0) != 0); }})"
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ s64 v_; {self.key(e.map, e.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"v_ = xt_map_find(&xt_m_{m}, c->key, false) != NULL; xt_map_unlock(&xt_m_{m}); v_; }})")
        if isinstance(e, n.Unary):
            v = self.int_expr(e.operand)
            return {"-": f"(-({v}))", "!": f"((s64)!({v}))", "~": f"(~({v}))", "+": f"({v})"}[e.op]
        if isinstance(e, n.Binary):
            return self.binary_int(e)
        if isinstance(e, n.Ternary):
            return f"(({self.int_expr(e.cond)}) ? ({self.int_expr(e.then)}) : ({self.int_expr(e.else_)}))"
        if isinstance(e, n.Assign):
            return self.assign(e)
        if isinstance(e, n.IncDec):
            return self.incdec(e)
        if isinstance(e, n.Call) and e.name in ("speculation",) + _SCRATCH_CALLS:
            return self.mem_call(e)
        if strcalls.handles(e):
            if e.name in strcalls.TASK_CALLS:
                self.uses.add("task")
            return strcalls.int_call(self, e)
        if kinfo.handles(e):
            return kinfo.call(self, e)
        if isinstance(e, n.KernelCast):
            return self.int_expr(e.expr)
        if isinstance(e, n.KernelMember):
            return self.kmember_int(e)
        if isinstance(e, n.FuncCall):
            return self.func_call(e)
        raise self.err(f"cannot compile {type(e).__name__} as a number yet", e.loc)

    def _kmember_ref(self, e: n.KernelMember, path: Optional[list[str]] = None) -> tuple[str, str, int]:
        """(statements binding b_ to the base pointer, the C lvalue of the member, fault site).
        `path`: another member path from the same base (a bitfield's holder)."""
        assert e.struct and e.header, "analysis resolves kernel members"
        self.kheaders.add(e.header)
        site = self.site(e.loc, "operator '->'")
        pre = f"unsigned long b_ = (unsigned long)({self.int_expr(e.base)});"
        path = e.path if path is None else path
        if not path:
            return pre, f"(*(({e.struct} *)b_))", site
        return pre, f"((({e.struct} *)b_)->{'.'.join(c_ident(p) for p in path)})", site

    def kmember_int(self, e: n.KernelMember) -> str:
        """Read an integer or pointer member with copy_from_kernel_nofault; the C compiler
        places it (the kernel's headers) and checks BTF's size for it."""
        assert e.type is not None
        # A bitfield's bytes are read from the struct that holds it: C cannot take its address.
        pre, ref, site = self._kmember_ref(e, e.path[:-1] if e.bitfield is not None else None)
        fault = self.fail_addr(site, "a_")
        if e.array_addr:
            return f"({{ {pre} (s64)(unsigned long)&{ref}; }})"
        if e.bitfield is not None:
            # The bytes that hold it, from the start of its struct (placed by C) at
            # BTF's bit offset.
            bitoff, bits = e.bitfield
            holder = ref
            start, shift = bitoff // 8, bitoff % 8
            nbytes = (shift + bits + 7) // 8
            mask = (1 << bits) - 1
            sign = (f" if (v_ & (u64){c_int(1 << (bits - 1))}) v_ |= ~(u64){c_int(mask)};"
                    if e.type.signed else "")
            return (f"({{ {pre} u64 v_ = 0; unsigned long a_ = (unsigned long)&{holder} + {start}; "
                    f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {nbytes})) {fault} "
                    f"v_ = (v_ >> {shift}) & (u64){c_int(mask)};{sign} (s64)v_; }})")
        size = e.type.bits // 8
        ctype = "u64" if e.type.ctype else f"{'s' if e.type.signed else 'u'}{e.type.bits}"
        return (f"({{ {pre} {ctype} v_; unsigned long a_ = (unsigned long)&{ref}; "
                f"BUILD_BUG_ON(sizeof({ref}) != {size}); "
                f"if (copy_from_kernel_nofault(&v_, (const void *)a_, {size})) {fault} (s64)v_; }})")

    def kmember_str(self, e: n.KernelMember) -> str:
        """A char array member as a string, read without faulting."""
        pre, ref, site = self._kmember_ref(e)
        self.uses.add("str")
        fault = self.fail_addr(site, "a_")
        return (f"({{ {pre} char *d_ = {self.slot()}; unsigned long a_ = (unsigned long)&{ref}; "
                f"if (xt_kernel_string(d_, a_, min_t(size_t, sizeof({ref}) + 1, XT_MAXSTRINGLEN)) < 0) "
                f"{fault} (const char *)d_; }})")

    def fail_addr(self, site: int, addr: str) -> str:
        """A fault reading kernel memory at `addr` (D names the address in its message)."""
        if self.catches:
            label, var = self.catches[-1]
            if var is None:
                return f"{{ goto {label}; }}"
            # The message the uncaught fault prints (runtime/stream.py), address included.
            st = self.sites[site]
            return (f"{{ snprintf(l_{c_ident(var)}, XT_MAXSTRINGLEN, \"read fault [man error::fault] "
                    f"at 0x%016lx (addr) near %s\", {addr}, {c_string(st['what'] + ' at ' + st['loc'])}); "
                    f"goto {label}; }}")
        if self.fn is not None:
            # In a function the try that catches it may be up the call chain
            # (the kept message cannot carry the address).
            return self.fail("XT_E_FAULT", site)
        return f"{{ xt_fail_addr(c, XT_E_FAULT, {site}, {addr}); goto xt_out; }}"

    def mem_call(self, e: n.Call) -> str:
        """speculation(), and copyin()/alloca()/copyinto() on this hit's scratch space:
        a scratch request that does not fit is DTrace's "out of scratch space", a
        user address that cannot be read its "invalid address"."""
        if e.name == "speculation":
            self.uses.add("spec")
            return "xt_speculation()"
        self.uses.add("scratch")
        site = self.site(e.loc, f"identifier '{e.name}'")
        full = self.fail("XT_E_SCRATCH", site)
        if e.name == "copyin":
            return (f"({{ unsigned long u_ = (unsigned long)({self.int_expr(e.args[0])}); "
                    f"u64 n_ = {self.int_expr(e.args[1])}; char *d_ = xt_scratch(c, n_); "
                    f"if (!d_) {full} "
                    f"if (copy_from_user_nofault(d_, (const void __user *)u_, n_)) "
                    f"{self.fail_addr(site, 'u_')} (s64)(unsigned long)d_; }})")
        if e.name == "alloca":
            return (f"({{ u64 n_ = {self.int_expr(e.args[0])}; char *d_ = xt_scratch(c, n_); "
                    f"if (!d_) {full} memset(d_, 0, n_); (s64)(unsigned long)d_; }})")
        # copyinto(addr, size, dest): dest must be scratch space this hit was given.
        return (f"({{ unsigned long u_ = (unsigned long)({self.int_expr(e.args[0])}); "
                f"u64 n_ = {self.int_expr(e.args[1])}; "
                f"unsigned long d_ = (unsigned long)({self.int_expr(e.args[2])}); "
                f"if (!xt_in_scratch(c, d_, n_)) {self.fail_addr(site, 'd_')} "
                f"if (copy_from_user_nofault((void *)d_, (const void __user *)u_, n_)) "
                f"{self.fail_addr(site, 'u_')} 0LL; }})")

    def reserve(self, size: str, rtype: str, rid: str) -> str:
        """C reserving a record: through the speculation (if any) in a clause that speculates."""
        if self.spec_probe:
            return f"xt_spec_reserve(c, {size}, {rtype}, {rid})"
        return f"xt_rec_reserve({size}, {rtype}, {rid})"

    def func_call(self, e: n.FuncCall) -> str:
        """Arguments left to right into temporaries, the MAXNESTING check (stap reports
        it at the callee's name), the call, and the way out when the callee faulted."""
        f = self.prog.function_named(e.name)
        assert f is not None
        pre, args = [], []
        for prm, a in zip(f.params, e.args):
            tmp = self.temp()
            if prm.type is not None and prm.type.is_str:
                pre.append(f"const char *{tmp} = {self.str_expr(a)};")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(a)};")
            args.append(tmp)
        site = self.site(f.loc, f"identifier '{f.name}'")
        assert f.ret is not None
        is_str = f.ret.is_str
        call_args = ", ".join(["c"] + ([self.slot()] if is_str else []) + args)
        rtype = "const char *" if is_str else "s64 "
        out_ = self.unwind_jump()
        return (f"({{ {rtype}r_; {' '.join(pre)} "
                f"if (unlikely(c->nesting >= XT_MAXNESTING)) {self.fail('XT_E_MAXNESTING', site)} "
                f"r_ = xt_fn_{c_ident(f.name)}({call_args}); if (unlikely(c->unwind)) {out_} r_; }})")

    def sprintf(self, e: n.Sprintf) -> str:
        """The kernel's snprintf with a format rebuilt from the checked pieces (never
        the script's text as such): every integer is a long long, `*` an int."""
        from xtrace.runtime.format import compile_format
        fmt, pre, args = [], [], []
        values = iter(e.args)

        def take(kind: str) -> str:
            a = next(values)
            tmp = self.temp()
            if kind == "str":
                pre.append(f"const char *{tmp} = {self.str_expr(a)};")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(a)};")
            return tmp

        for p in compile_format(e.fmt):
            if p.conv is None:
                fmt.append(p.text.replace("%", "%%"))
                continue
            if p.conv not in "diouxXcs":
                raise self.err(f"sprintf conversion '%{p.conv}' is not supported yet", e.loc)
            spec = "%" + "".join(ch for ch in p.flags if ch in "-+ #0")
            if p.star_width:
                spec += "*"
                args.append(f"(int){take('int')}")
            elif p.width is not None:
                spec += str(p.width)
            if p.star_prec:
                spec += ".*"
                args.append(f"(int){take('int')}")
            elif p.prec is not None:
                spec += f".{p.prec}"
            if p.conv == "s":
                spec += "s"
                args.append(take("str"))
            elif p.conv == "c":
                spec += "c"
                args.append(f"(int){take('int')}")
            else:
                spec += "ll" + p.conv
                cast = "(long long)" if p.conv in "di" else "(unsigned long long)"
                args.append(f"{cast}{take('int')}")
            fmt.append(spec)
        dst = self.slot()
        call_args = "".join(", " + a for a in args)
        return (f"({{ char *d_ = {dst}; {' '.join(pre)} "
                f"snprintf(d_, XT_MAXSTRINGLEN, {c_string(''.join(fmt))}{call_args}); (const char *)d_; }})")

    def unwind_jump(self) -> str:
        """Leave this handler (or function) because a callee faulted. A fault a
        callee kept for a try (xt_throw) goes to this frame's catch if it has one,
        up to the caller if this is a function, else it is reported now."""
        if self.catches:
            label, var = self.catches[-1]
            keep = (f"strscpy(l_{c_ident(var)}, c->thrown_code == XT_E_USER ? c->errbuf : "
                    f"xt_msgs[c->thrown - 1], XT_MAXSTRINGLEN); ") if var else ""
            return (f"{{ if (c->thrown) {{ {keep}c->thrown = 0; c->unwind = 0; goto {label}; }} "
                    f"goto xt_out; }}")
        if self.fn is not None:
            return "goto xt_out;"
        return "{ xt_rethrow(c); goto xt_out; }"

    def binary_int(self, e: n.Binary) -> str:
        op = e.op
        if e.lhs.type and e.lhs.type.is_str:
            a, b = self.str_expr(e.lhs), self.str_expr(e.rhs)
            return f"((s64)(strncmp({a}, {b}, XT_MAXSTRINGLEN) {op} 0))"
        a, b = self.int_expr(e.lhs), self.int_expr(e.rhs)
        return self.arith(op, a, b, e.loc)

    def arith(self, op: str, a: str, b: str, loc) -> str:
        if op in ("/", "%"):
            site = self.site(loc, f"operator '{op}'")
            # INT64_MIN / -1 traps on x86: compute it by negation instead.
            if op == "/":
                res = "(b_ == -1 ? (s64)(0 - (u64)a_) : a_ / b_)"
            else:
                res = "(b_ == -1 ? 0 : a_ % b_)"
            return (f"({{ s64 a_ = {a}, b_ = {b}; if (unlikely(!b_)) {self.fail('XT_E_DIVZERO', site)} "
                    f"{res}; }})")
        if op in ("<<", ">>"):
            return f"((s64)(({a}) {op} (({b}) & 63)))"
        if op in ("&&", "||"):
            return f"((s64)(!!({a}) {op} !!({b})))"
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return f"((s64)(({a}) {op} ({b})))"
        return f"((s64)(({a}) {op} ({b})))"

    def str_expr(self, e: n.Expr) -> str:
        if isinstance(e, n.Translated):
            return self.str_expr(e.value)
        if isinstance(e, n.StrLit):
            return c_string(e.value)
        if isinstance(e, n.Builtin):
            return self.builtin_str(e)
        if isinstance(e, n.Var):
            if e.scope == "global":
                return f"xt_g_{c_ident(e.name)}"
            if e.scope == "thread":
                return self.tls_read(e)
            return f"l_{c_ident(e.name)}"
        if isinstance(e, n.Index):
            m = c_ident(e.map)
            dst = self.slot()
            site = self.site(e.loc, f"identifier '{e.map}'")
            return (f"({{ char *d_ = {dst}; struct xt_map_ent *e_; {self.key(e.map, e.keys)} d_[0] = 0; "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, false); "
                    f"if (e_) strscpy(d_, xt_map_val(&xt_m_{m}, e_), XT_MAXSTRINGLEN); "
                    f"xt_map_unlock(&xt_m_{m}); (const char *)d_; }})")
        if isinstance(e, n.Binary) and e.op == ".":
            return f"xt_str_cat({self.slot()}, {self.str_expr(e.lhs)}, {self.str_expr(e.rhs)})"
        if isinstance(e, n.Ternary):
            return f"(({self.int_expr(e.cond)}) ? ({self.str_expr(e.then)}) : ({self.str_expr(e.else_)}))"
        if isinstance(e, n.Assign):
            return self.assign(e)
        if isinstance(e, n.KernelMember):
            return self.kmember_str(e)
        if isinstance(e, n.SyscallVar):
            self.sysc.use_var(e.name, self.probe_syscalls)
            self.uses.add("sysregs")
            self.uses.add("str")
            return f"xt_svs_{c_ident(e.name)}(c, {self.slot()}, {self.slot()}, {self.slot()})"
        if isinstance(e, n.Call) and e.name == "kernel_string" and e.args[0].type is not None \
                and e.args[0].type.is_str:
            return self.str_expr(e.args[0])  # a char array member, read as a string already
        if isinstance(e, n.FuncCall):
            return self.func_call(e)
        if isinstance(e, n.Sprintf):
            return self.sprintf(e)
        if isinstance(e, n.ContextVars):
            assert e.expanded is not None, "analysis expands $$parms"
            return self.str_expr(e.expanded)
        if isinstance(e, n.Call) and e.name in ("user_string", "kernel_string"):
            self.uses.add("str")
            site = self.site(e.loc, f"identifier '{e.name}'")
            # An explicit length n reads at most n bytes (copyinstr(a, n), user_string_n).
            # As DTrace compares it unsigned, a negative n reads the whole string.
            size = "XT_MAXSTRINGLEN" if len(e.args) < 2 else \
                f"({{ u64 n_ = {self.int_expr(e.args[1])}; n_ < XT_MAXSTRINGLEN ? n_ + 1 : XT_MAXSTRINGLEN; }})"
            return (f"({{ char *d_ = {self.slot()}; if (xt_{e.name}(d_, {self.int_expr(e.args[0])}, "
                    f"{size}) < 0) {self.fail('XT_E_FAULT', site)} "
                    f"(const char *)d_; }})")
        if kinfo.handles(e):
            return kinfo.call(self, e)
        if strcalls.handles(e):
            if e.name == "ctime":
                self.uses.add("time")
            if e.name in ("kernel_string2", "user_string2"):
                self.uses.add("str")
            if e.name in strcalls.TASK_CALLS:
                self.uses.add("task")
            return strcalls.string_call(self, e)
        raise self.err(f"cannot compile {type(e).__name__} as a string yet", e.loc)

    def builtin_int(self, e: n.Builtin) -> str:
        name = e.name
        simple = {
            "pid": "((s64)current->tgid)",
            "tid": "((s64)current->pid)",
            "ppid": "((s64)READ_ONCE(current->real_parent)->tgid)",
            "uid": "((s64)from_kuid_munged(current_user_ns(), current_uid()))",
            "gid": "((s64)from_kgid_munged(current_user_ns(), current_gid()))",
            "euid": "((s64)from_kuid_munged(current_user_ns(), current_euid()))",
            "egid": "((s64)from_kgid_munged(current_user_ns(), current_egid()))",
            "cpu": "((s64)smp_processor_id())",
            "timestamp": "((s64)ktime_get_mono_fast_ns())",
            "walltimestamp": "((s64)ktime_get_real_fast_ns())",
            # exec_start is the scheduler's clock (local_clock) when the task went on CPU.
            "vtimestamp": ("({ u64 s_ = READ_ONCE(current->se.sum_exec_runtime), "
                           "e_ = READ_ONCE(current->se.exec_start), n_ = local_clock(); "
                           "(s64)(s_ + (n_ > e_ ? n_ - e_ : 0)); })"),
            "retval": "((s64)c->retval)",
            # Linux returns -errno; only a syscall return probe has one.
            "errno": ("((s64)(c->retval < 0 && c->retval >= -4095 ? -c->retval : 0))"
                      if self.probe_kind == {"syscall"} and self.probe_is_return else "0LL"),
            "syscall_nr": "((s64)xt_sysnr(c))",
            "curthread": "((s64)(unsigned long)current)",
            "target": "((s64)READ_ONCE(xt_target_pid))",
        }
        if name == "target":
            self.uses.add("target")
        if name in ("ucaller", "ustackdepth", "uaddr"):
            self.uses.add("ustack")
            return {"ucaller": "((s64)(xt_ustack_walk(c, 2) == 2 ? c->ustk[1] : 0))",
                    "uaddr": "((s64)(xt_ustack_walk(c, 1) ? c->ustk[0] : 0))",
                    "ustackdepth": "((s64)xt_ustack_walk(c, XT_USTKDEPTH))"}[name]
        if name == "vtimestamp":
            self.kheaders.add("linux/sched/clock.h")  # local_clock()
        if name in simple:
            if name == "syscall_nr":
                self.uses.add("sysregs")
            return simple[name]
        if name.startswith("arg") and name[3:].isdigit():
            i = int(name[3:])
            if self.probe_kind == {"timer"}:
                return kinfo.profile_arg(self, i)
            if self.probe_kind == {"syscall"}:
                self.uses.add("sysregs")
                return f"((s64)xt_sys_arg(c, {i}))"
            if self.probe_kind == {"tracepoint"}:
                return f"((s64)(c->tpargs[{i}]))" if i < self.tp_nargs else "0LL"
            self.uses.add("sysregs")  # the clause may also have syscall probes
            return f"((s64)(c->regs ? regs_get_kernel_argument(c->regs, {i}) : 0))"
        raise self.err(f"builtin '{name}' is not a number", e.loc)

    def builtin_str(self, e: n.Builtin) -> str:
        name = e.name
        if name == "execname":
            self.uses.add("str")
            return f"xt_str_comm({self.slot()})"
        if name == "argstr":
            self.sysc.use_argstr(self.probe_syscalls)
            self.uses.add("sysregs")
            self.uses.add("str")
            return f"xt_argstr(c, {self.slot()}, {self.slot()}, {self.slot()})"
        if name == "retstr":
            self.sysc.retstr.update(self.probe_syscalls)
            self.uses.add("sysregs")
            return f"xt_retstr(c, {self.slot()})"
        if name in ("probeprov", "probemod", "probefunc", "probename"):
            named = self.probe_desc_field(name)
            if named is not None:
                return named
        if name in ("probefunc", "probename", "pp"):
            self.uses.add(name)
            return f"c->{name}"
        if name == "syscall_name":
            self.uses.add("probefunc")
            return "c->probefunc"
        if name == "ubacktrace":
            self.uses.add("ustack")
            return f"xt_ubacktrace(c, {self.slot()})"
        raise self.err(f"builtin '{name}' is not a string", e.loc)

    def probe_desc_field(self, name: str) -> Optional[str]:
        """C for probeprov/probemod/probefunc/probename as DTrace names the probe that
        fired (dtrace:::BEGIN, syscall:vmlinux:read:entry, fbt:vmlinux:f:return,
        profile:::tick-1s), or None to use the runtime's c->probefunc/c->probename."""
        kinds = self.probe_kind
        if kinds <= {"begin", "end", "error", "error_end"}:
            fields = {"probeprov": '"dtrace"', "probemod": '""', "probefunc": '""'}
            if len(kinds) == 1:
                fields["probename"] = c_string(next(iter(kinds)).upper())
            else:
                # BEGIN and END run from the driver's thread; END only while stopping.
                # (c->pp is the point as written, or "ERROR" in an error probe)
                fields["probename"] = ('(!strcmp(c->pp, "ERROR") ? "ERROR" : READ_ONCE(xt_state) '
                                       '== XT_STOPPING ? "END" : "BEGIN")')
            return fields[name]
        if kinds == {"syscall"} or kinds == {"kfunc"}:
            return {"probeprov": '"syscall"' if kinds == {"syscall"} else '"fbt"',
                    "probemod": '"vmlinux"'}.get(name)
        if kinds == {"timer"}:
            if name == "probename":
                return "({ const char *s_ = strrchr(c->pp, ':'); s_ ? s_ + 1 : c->pp; })"
            return {"probeprov": '"profile"'}.get(name, '""')
        if kinds == {"tracepoint"}:
            alias = kinfo.provider_alias(self.cur_probe) if self.cur_probe is not None else None
            if alias is not None:
                return c_string({"probeprov": alias[0], "probemod": "vmlinux",
                                 "probefunc": alias[2], "probename": alias[3]}[name])
            return {"probeprov": '"sdt"', "probemod": '"vmlinux"'}.get(name)
        return {"probeprov": '""', "probemod": '""'}.get(name)

    # ------------------------------------------------------------ thread-locals
    def _tls_prefix(self, e: n.Var, what: str) -> tuple[str, str]:
        """(lock statement, find call) for thread-local `e` (runtime/xt_tls.h)."""
        self.uses.add("tls")
        site = self.site(e.loc, f"identifier 'self->{e.name}'")
        lock = f"if (!xt_tls_lock(&xt_tls)) {self.fail('XT_E_LOCK', site)}"
        find = f"xt_tls_find(&xt_tls, (u64)current->pid, {self.tls_ids[e.name]}, {what})"
        return lock, find

    def tls_read(self, e: n.Var) -> str:
        """A thread-local's value: 0 or "" when this thread has not set it."""
        lock, find = self._tls_prefix(e, "false")
        if e.type is not None and e.type.is_str:
            return (f"({{ char *d_ = {self.slot()}; struct xt_tls_ent *e_; d_[0] = 0; {lock} "
                    f"e_ = {find}; if (e_) strscpy(d_, (const char *)e_->val, XT_MAXSTRINGLEN); "
                    f"xt_tls_unlock(&xt_tls); (const char *)d_; }})")
        return (f"({{ s64 v_ = 0; struct xt_tls_ent *e_; {lock} e_ = {find}; "
                f"if (e_) v_ = (s64)e_->val[0]; xt_tls_unlock(&xt_tls); v_; }})")

    def tls_write(self, t: n.Var, value: n.Expr) -> str:
        """Store to a thread-local: 0 frees it (an integer 0 frees a string one too);
        a full table drops the store and counts it (DTrace's dynamic variable drops)."""
        vt = value.type
        assert vt is not None
        if t.type is not None and t.type.is_str and vt.is_str:
            lock, find = self._tls_prefix(t, "true")
            return (f"({{ char *d_ = {self.slot()}; struct xt_tls_ent *e_; "
                    f"xt_str_copy(d_, {self.str_expr(value)}); {lock} e_ = {find}; "
                    f"if (e_) strscpy((char *)e_->val, d_, XT_MAXSTRINGLEN); else xt_tls_drop(); "
                    f"xt_tls_unlock(&xt_tls); (const char *)d_; }})")
        lock, find = self._tls_prefix(t, "v_ != 0")
        done = '""' if t.type is not None and t.type.is_str else "v_"
        return (f"({{ s64 v_ = {self.int_expr(value)}; struct xt_tls_ent *e_; {lock} "
                f"e_ = {find}; if (e_) {{ if (v_) e_->val[0] = (u64)v_; else xt_tls_delete(&xt_tls, e_); }} "
                f"else if (v_) xt_tls_drop(); xt_tls_unlock(&xt_tls); {done}; }})")

    # ------------------------------------------------------------ assignment
    def assign(self, e: n.Assign) -> str:
        t = e.target
        value = e.value
        op = e.op
        if op not in ("=",):
            base = op[:-1]
            value = n.Binary(base, _as_read(t), value, loc=e.loc, type=t.type)
            op = "="
        assert t.type is not None
        if isinstance(t, n.Var) and t.scope == "thread":
            return self.tls_write(t, value)
        if isinstance(t, n.Var):
            name = c_ident(t.name)
            if t.type.is_str:
                dst = f"xt_g_{name}" if t.scope == "global" else f"l_{name}"
                return f"xt_str_copy({dst}, {self.str_expr(value)})"
            if t.scope == "global":
                if e.op in ("+=", "-="):
                    sign = "" if e.op == "+=" else "-"
                    return f"atomic64_add_return({sign}({self.int_expr(e.value)}), &xt_g_{name})"
                return f"({{ s64 v_ = {self.int_expr(value)}; atomic64_set(&xt_g_{name}, v_); v_; }})"
            return f"(l_{name} = {self.int_expr(value)})"
        if isinstance(t, n.Index):
            m = c_ident(t.map)
            # stap reports a full array at the array's name
            site = self.site(t.loc if t.loc.line > 0 else e.loc, f"identifier '{t.map}'")
            if self.globals[t.map].size:  # stap names the array's own size when it is full
                self.sites[site]["limit"] = self.globals[t.map].size
            if t.type.is_str:
                tmp = self.slot()
                return (f"({{ char *d_ = {tmp}; struct xt_map_ent *e_; xt_str_copy(d_, {self.str_expr(value)}); "
                        f"{self.key(t.map, t.keys)} "
                        f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                        f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                        f"if (e_) strscpy(xt_map_val(&xt_m_{m}, e_), d_, XT_MAXSTRINGLEN); "
                        f"xt_map_unlock(&xt_m_{m}); "
                        f"if (!e_) {self.fail('XT_E_MAPFULL', site)} (const char *)d_; }})")
            if e.op in ("+=", "-="):
                # Read-modify-write under one lock hold, so concurrent `a[k]++` never loses counts.
                delta = self.int_expr(e.value)
                upd = "*p_ += d_;" if e.op == "+=" else "*p_ -= d_;"
                return (f"({{ s64 d_ = {delta}, v_ = 0; struct xt_map_ent *e_; {self.key(t.map, t.keys)} "
                        f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                        f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                        f"if (e_) {{ s64 *p_ = xt_map_val(&xt_m_{m}, e_); {upd} v_ = *p_; }} "
                        f"xt_map_unlock(&xt_m_{m}); "
                        f"if (!e_) {self.fail('XT_E_MAPFULL', site)} v_; }})")
            return (f"({{ s64 v_ = {self.int_expr(value)}; struct xt_map_ent *e_; {self.key(t.map, t.keys)} "
                    f"if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)} "
                    f"e_ = xt_map_find(&xt_m_{m}, c->key, true); "
                    f"if (e_) memcpy(xt_map_val(&xt_m_{m}, e_), &v_, 8); "
                    f"xt_map_unlock(&xt_m_{m}); "
                    f"if (!e_) {self.fail('XT_E_MAPFULL', site)} v_; }})")
        raise self.err("cannot assign to this", e.loc)

    def incdec(self, e: n.IncDec) -> str:
        op = "+=" if e.op == "++" else "-="
        one = n.IntLit(1, loc=e.loc, type=e.type)
        new = self.assign(n.Assign(e.target, op, one, loc=e.loc, type=e.type))
        if e.prefix:
            return new
        return f"(({new}) {'-' if e.op == '++' else '+'} 1)"

    # ------------------------------------------------------------ statements
    def stmt(self, s: n.Stmt, out: list[str], ind: str, top: bool = False) -> None:
        if isinstance(s, n.Block):
            for x in s.stmts:
                self.stmt(x, out, ind, top)
            return
        if isinstance(s, n.Comment):
            return
        if top:
            self.action += 1
        site = self.site(s.loc, _STMT_WORD.get(type(s).__name__, "statement"))
        if self.loop_depth and type(s).__name__ in _SIMPLE:
            out.append(f"{ind}c->budget--;")
        else:
            out.append(f"{ind}XT_STMT(c, {site});")
        if isinstance(s, n.ExprStmt):
            e = s.expr
            code = self.str_expr(e) if e.type and e.type.is_str else self.int_expr(e)
            out.append(f"{ind}(void)({code});")
        elif isinstance(s, n.If):
            out.append(f"{ind}if ({self.int_expr(s.cond)}) {{")
            self.stmt(s.then, out, ind + "\t")
            if s.else_ is not None:
                out.append(f"{ind}}} else {{")
                self.stmt(s.else_, out, ind + "\t")
            out.append(f"{ind}}}")
        elif isinstance(s, n.Printf):
            self.printf(s, out, ind)
        elif isinstance(s, n.System):
            # The driver runs the command when the record arrives (in order with output).
            self.printf(n.Printf(s.fmt, s.args, loc=s.loc), out, ind, extra={"system": True})
        elif isinstance(s, n.Raise):
            self.signals = True
            out.append(f"{ind}xt_raise({self.int_expr(s.sig)});")
        elif isinstance(s, n.Exit):
            st = self.int_expr(s.status) if s.status is not None else "0"
            out.append(f"{ind}xt_request_exit({st}, 0);")
        elif isinstance(s, n.Next):
            out.append(f"{ind}goto xt_out;")
        elif isinstance(s, n.While):
            self.while_loop(s, out, ind)
        elif isinstance(s, n.ForEach):
            self.foreach(s, out, ind)
        elif isinstance(s, n.Break):
            out.append(f"{ind}break;")
        elif isinstance(s, n.Continue):
            out.append(f"{ind}continue;")
        elif isinstance(s, n.Return):
            assert self.fn is not None and self.fn.ret is not None
            if s.value is not None:
                if self.fn.ret.is_str:
                    out.append(f"{ind}xt_str_copy(ret_, {self.str_expr(s.value)});")
                else:
                    out.append(f"{ind}rv_ = {self.int_expr(s.value)};")
            out.append(f"{ind}goto xt_ret;")
        elif isinstance(s, n.AggUpdate):
            self.agg_update(s, site, out, ind)
        elif isinstance(s, n.PrintAgg):
            g = self.globals[s.agg]
            pid = len(self.prints)
            self.prints.append({"agg": self.agg_ids[s.agg], "name": s.agg, "layout": s.layout, "fmt": s.fmt,
                                "value_func": s.value_func, "sort_by": s.sort_by,
                                "descending": s.descending, "limit": s.limit,
                                "agg_func": g.agg_func, "one_element": s.keys is not None,
                                "more": [self.agg_ids[m] for m in s.more],
                                "more_funcs": [self.globals[m].agg_func for m in s.more]})
            a, aid = c_ident(s.agg), self.agg_ids[s.agg]
            if s.keys is not None:
                out.append(f"{ind}{{ {self.key(s.agg, s.keys)} xt_agg_print_key(&xt_a_{a}, c->key, {pid}, {aid}); }}")
            else:
                # Several aggregations of one printa arrive as one dump each, under one
                # print id; the driver joins them on their keys.
                for m in [s.agg, *s.more]:
                    out.append(f"{ind}xt_agg_print(&xt_a_{c_ident(m)}, {pid}, {self.agg_ids[m]});")
        elif isinstance(s, n.PrintVar):
            self.printvar(s, out, ind)
        elif isinstance(s, n.Trace):
            self.trace(s, out, ind)
        elif isinstance(s, n.TraceMem):
            self.uses.add("mem")
            shown = self.int_expr(s.shown) if s.shown is not None else str(s.size)
            fault = self.fail_addr(site, "a_")
            out.append(f"{ind}{{ unsigned long a_ = (unsigned long)({self.int_expr(s.addr)}); "
                       f"s64 s_ = {shown};")
            # DTrace shows the first `shown` bytes when 0 <= shown < size, else all.
            out.append(f"{ind}  if (!xt_tracemem(c, a_, {s.size}, s_ >= 0 && s_ < {s.size} ? s_ : "
                       f"{s.size})) {fault} }}")
        elif isinstance(s, n.Speculate):
            self.uses.add("spec")
            out.append(f"{ind}{{ s64 id_ = {self.int_expr(s.id)};")
            out.append(f"{ind}  if (unlikely((u64)id_ > XT_NSPEC)) {self.fail('XT_E_ILLOP', site)}")
            out.append(f"{ind}  c->spec = xt_speculate(id_); }}")
            if self.spec_frame is not None:
                self.prefix(self.spec_frame, out, end=False)
        elif isinstance(s, n.SpecEnd):
            self.uses.add("spec")
            out.append(f"{ind}{{ s64 id_ = {self.int_expr(s.id)};")
            out.append(f"{ind}  if (unlikely((u64)id_ > XT_NSPEC)) {self.fail('XT_E_ILLOP', site)}")
            out.append(f"{ind}  if (id_) xt_spec_end(id_, {'true' if s.op == 'commit' else 'false'}); }}")
        elif isinstance(s, n.PrintStack):
            self.stacks.append({"layout": s.layout, "depth": s.depth, "user": s.user})
            if s.user:
                out.append(f"{ind}xt_put_ustack(c, {len(self.stacks) - 1}, {s.depth or 'XT_USTKDEPTH'});")
            else:
                out.append(f"{ind}xt_put_stack(c, {len(self.stacks) - 1});")
        elif isinstance(s, n.AggControl):
            self.agg_control(s, out, ind)
        elif isinstance(s, n.SetOpt):
            self.printf(n.Printf("", [], loc=s.loc), out, ind,
                        extra={"control": "setopt", "name": s.name, "value": s.value})
        elif isinstance(s, n.Fail):
            self.fail_stmt(s, out, ind)
        elif isinstance(s, n.Try):
            k = self.temp().rstrip("_")
            self.catches.append((f"xt_catch_{k}", s.catch_var))
            calls = any(isinstance(x, n.FuncCall) for x in n.walk(s.body))
            out.append(f"{ind}{{")
            if calls:
                # functions called from the body keep their faults for this catch
                out.append(f"{ind}\tc->trying++;")
            self.stmt(s.body, out, ind + "\t")
            self.catches.pop()
            if calls:
                out.append(f"{ind}\tc->trying--;")
            out.append(f"{ind}\tgoto xt_tried_{k};")
            out.append(f"{ind}xt_catch_{k}: __attribute__((unused));")
            if calls:
                out.append(f"{ind}\tc->trying--;")
            self.stmt(s.handler, out, ind + "\t")
            out.append(f"{ind}xt_tried_{k}: __attribute__((unused));")
            out.append(f"{ind}\t;\n{ind}}}")
        elif isinstance(s, n.Delete):
            g = self.globals[s.map]
            name = c_ident(s.map)
            if g.kind == "agg":
                if s.keys is None:
                    out.append(f"{ind}xt_agg_clear(&xt_a_{name});")
                else:
                    out.append(f"{ind}{{ {self.key(s.map, s.keys)} xt_agg_clear_key(&xt_a_{name}, c->key); }}")
            elif g.kind == "map":
                lock = (f"if (!xt_map_lock(&xt_m_{name})) {self.fail('XT_E_LOCK', site)}")
                if s.keys is None:
                    out.append(f"{ind}{{ {lock} xt_map_delete_all(&xt_m_{name}); xt_map_unlock(&xt_m_{name}); }}")
                else:
                    out.append(f"{ind}{{ struct xt_map_ent *e_; {self.key(s.map, s.keys)} {lock} "
                               f"e_ = xt_map_find(&xt_m_{name}, c->key, false); if (e_) xt_map_remove(&xt_m_{name}, e_); "
                               f"xt_map_unlock(&xt_m_{name}); }}")
            else:
                if g.type and g.type.is_str:
                    out.append(f"{ind}xt_g_{name}[0] = 0;")
                else:
                    out.append(f"{ind}atomic64_set(&xt_g_{name}, 0);")
        else:
            raise self.err(f"cannot compile {type(s).__name__} yet", s.loc)

    # ------------------------------------------------------------ loops
    def body_site(self, body: n.Stmt) -> int:
        """Where an iteration's budget check reports: the body's '{' (stap's block token)."""
        if isinstance(body, n.Block):
            return self.site(body.loc, "operator '{'")
        return self.site(body.loc, _STMT_WORD.get(type(body).__name__, "statement"))

    def while_loop(self, s: n.While, out: list[str], ind: str) -> None:
        """`for (;; step)`: C's continue runs the step, as stap's does; each
        iteration spends an action, reported at the body's '{'."""
        site = self.body_site(s.body)
        step = ""
        if s.step is not None:
            is_str = s.step.type is not None and s.step.type.is_str
            step = f"(void)({self.str_expr(s.step) if is_str else self.int_expr(s.step)})"
        out.append(f"{ind}for (;; {step}) {{")
        out.append(f"{ind}\tXT_ITER(c, {site});")
        out.append(f"{ind}\tif (!({self.int_expr(s.cond)}))")
        out.append(f"{ind}\t\tbreak;")
        self.loop_depth += 1
        self.stmt(s.body, out, ind + "\t")
        self.loop_depth -= 1
        out.append(f"{ind}}}")

    def foreach(self, s: n.ForEach, out: list[str], ind: str) -> None:
        """Snapshot the elements (an array's slots under its lock, an aggregate's
        distinct elements over the CPUs), sorted, into this CPU's iteration pool;
        then visit them, copying each one's keys (and value) into the loop variables
        so that the body runs with no lock held."""
        g = self.globals[s.map]
        m = c_ident(s.map)
        lay = self.layouts[s.map]
        k = self.temp().rstrip("_")
        site = self.site(s.loc, "keyword 'foreach'")
        body_site = self.body_site(s.body)
        offs, off = [], 0
        for t, size in lay.key_fields:
            offs.append((t, off, size))
            off += size
        direction = -1 if s.descending else 1
        lim = self.int_expr(s.limit) if s.limit is not None else None
        n_, i_, used_ = f"n{k}_", f"i{k}_", f"u{k}_"
        out.append(f"{ind}{{ u32 {n_}, {i_}, {used_};")
        if lim is not None:
            out.append(f"{ind}  s64 lim{k}_ = {lim};")
        if g.kind == "map":
            vt = g.type
            vsize = self.strlen if vt is not None and vt.is_str else 8
            if s.sort_column is None:
                order = "0, 0, 0, 1"
            elif s.sort_column == 0:
                order = f"{lay.keysize}, {vsize}, {int(bool(vt and vt.is_str))}, {direction}"
            else:
                t, o, size = offs[s.sort_column - 1]
                order = f"{o}, {size}, {int(t.is_str)}, {direction}"
            ix_ = f"ix{k}_"
            out.append(f"{ind}  u32 *{ix_} = (u32 *)(c->iter + c->iter_sp);")
            out.append(f"{ind}  struct xt_map_order o{k}_ = {{ NULL, {order} }};")
            out.append(f"{ind}  if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)}")
            out.append(f"{ind}  {n_} = xt_map_collect(&xt_m_{m}, {ix_}, 2 * (XT_ITERPOOL - c->iter_sp), &o{k}_);")
            out.append(f"{ind}  xt_map_unlock(&xt_m_{m});")
            out.append(f"{ind}  if ({n_} == U32_MAX) {self.fail('XT_E_MAPFULL', site)}")
            out.append(f"{ind}  {used_} = ({n_} + 1) / 2;")
        else:
            spec = self.agg_specs[s.map]
            what = {"count": 0, "sum": 1, "min": 2, "max": 3, "avg": 4, "variance": 5}[s.sort_stat]
            woff = 2 if spec.sumsq else 0
            shift = spec.welford_shift or 0
            if s.sort_column is None:
                order = "0, 0, 0, 0, 0"
            elif s.sort_column == 0:
                order = f"0, 0, 0, {direction}, 1"
            else:
                t, o, size = offs[s.sort_column - 1]
                order = f"{o}, {size}, {int(t.is_str)}, {direction}, 0"
            ix_ = f"pk{k}_"
            out.append(f"{ind}  struct xt_agg_pick *{ix_} = (struct xt_agg_pick *)(c->iter + c->iter_sp);")
            out.append(f"{ind}  struct xt_agg_order o{k}_ = {{ NULL, {order} }};")
            out.append(f"{ind}  {n_} = xt_agg_collect(&xt_a_{m}, {ix_}, (XT_ITERPOOL - c->iter_sp) / 2, "
                       f"&o{k}_, {what}, {woff}, {shift});")
            out.append(f"{ind}  if ({n_} == U32_MAX) {self.fail('XT_E_MAPFULL', site)}")
            out.append(f"{ind}  {used_} = 2 * {n_};")
        out.append(f"{ind}  c->iter_sp += {used_};")
        out.append(f"{ind}  for ({i_} = 0; {i_} < {n_}; {i_}++) {{")
        ind2 = ind + "\t"
        if lim is not None:
            out.append(f"{ind2}if ({i_} >= lim{k}_)")
            out.append(f"{ind2}\tbreak;")
        out.append(f"{ind2}XT_ITER(c, {body_site});")
        if g.kind == "map":
            out.append(f"{ind2}{{ struct xt_map_ent *e_;")
            out.append(f"{ind2}if (!xt_map_lock(&xt_m_{m})) {self.fail('XT_E_LOCK', site)}")
            out.append(f"{ind2}e_ = xt_map_at(&xt_m_{m}, {ix_}[{i_}]);")
            out.append(f"{ind2}if (e_->used != XT_SLOT_USED) {{ xt_map_unlock(&xt_m_{m}); continue; }}")
        else:
            out.append(f"{ind2}{{ struct xt_agg_ent *e_ = xt_agg_ent_at(&xt_a_{m}, "
                       f"xt_a_{m}.tab[{ix_}[{i_}].cpu], {ix_}[{i_}].i);")
        for name, (t, o, size) in zip(s.keys, offs):
            if t.is_str:
                out.append(f"{ind2}strscpy(l_{c_ident(name)}, (char *)e_->key + {o}, "
                           f"min_t(size_t, {size}, XT_MAXSTRINGLEN));")
            else:
                out.append(f"{ind2}memcpy(&l_{c_ident(name)}, (char *)e_->key + {o}, 8);")
        if g.kind == "map":
            if s.value is not None:
                if g.type is not None and g.type.is_str:
                    out.append(f"{ind2}strscpy(l_{c_ident(s.value)}, xt_map_val(&xt_m_{m}, e_), XT_MAXSTRINGLEN);")
                else:
                    out.append(f"{ind2}memcpy(&l_{c_ident(s.value)}, xt_map_val(&xt_m_{m}, e_), 8);")
            out.append(f"{ind2}xt_map_unlock(&xt_m_{m});")
        out.append(f"{ind2}}}")
        self.loop_depth += 1
        self.stmt(s.body, out, ind2)
        self.loop_depth -= 1
        out.append(f"{ind}  }}")
        out.append(f"{ind}  c->iter_sp -= {used_};")
        out.append(f"{ind}}}")

    # ------------------------------------------------------------ aggregations
    def agg_update(self, s: n.AggUpdate, site: int, out: list[str], ind: str) -> None:
        """One update of this CPU's element: count/sum/min/max always, then what the
        aggregation's spec keeps (sum of squares, stap Welford state, a bucket)."""
        a = c_ident(s.agg)
        spec = self.agg_specs[s.agg]
        val = "1" if s.func == "count" else self.int_expr(s.args[0])
        extra = []
        if spec.sumsq:
            extra.append("xt_agg_sq_add(x_, v_);")
        if spec.welford_shift is not None:
            woff = 2 if spec.sumsq else 0
            extra.append(f"xt_agg_welford(x_ + {woff}, e_->count, v_, {spec.welford_shift});")
        if spec.hist:
            hoff = spec.extra_words - spec.nbuckets
            extra.append(f"x_[{hoff} + {self._bucket_expr(spec)}]++;")
        if self.globals[s.agg].size:  # stap names the array's own size when it is full
            self.sites[site]["limit"] = self.globals[s.agg].size
        out.append(f"{ind}{{ struct xt_agg_ent *e_; s64 v_ = {val}; {self.key(s.agg, s.keys)}")
        out.append(f"{ind}  if (unlikely(!xt_agg_slot(&e_, &xt_a_{a}, XT_AGG_TAB({a}), c->key, XT_AGG_GEOM_{a})))")
        out.append(f"{ind}    {self.fail('XT_E_MAPFULL', site)}")
        # count() reads nothing but the count: skip the sum/min/max upkeep.
        out.append(f"{ind}  e_->count++;" if s.func == "count" else f"{ind}  xt_agg_add(e_, v_);")
        if extra:
            out.append(f"{ind}  {{ s64 *x_ = xt_agg_ext(&xt_a_{a}, e_); (void)x_; {' '.join(extra)} }}")
        out.append(f"{ind}}}")

    @staticmethod
    def _bucket_expr(spec) -> str:
        p = [c_int(x) for x in spec.params]
        if spec.hist == "quantize":
            return "xt_q_pow2(v_)"
        if spec.hist == "lquantize":
            base, limit, step = spec.params
            return f"xt_q_lin(v_, {c_int(base)}, {c_int(step)}, {c_int((limit - base) // step)})"
        if spec.hist == "llquantize":
            return f"xt_q_llq(v_, {p[0]}, {p[1]}, {p[2]}, {p[3]})"
        if spec.hist == "hist_log":
            return "xt_h_log(v_)"
        if spec.hist == "hist_linear":
            return f"xt_h_lin(v_, {p[0]}, {p[2]}, {spec.nbuckets})"
        raise AssertionError(spec.hist)

    def _agg_alloc(self, g: n.Global) -> dict:
        """xt_agg_alloc arguments (the XT_AGG_GEOM_<name> constants). The pool holds
        MAXMAPENTRIES elements per CPU. Histogram elements are big (quantize: ~1 KiB,
        a fine lquantize: far more), so their pool is also capped at about 4 MiB per
        CPU, at least 16 elements; a full pool is a counted, reported error."""
        spec = self.agg_specs[g.name]
        keysize = self.layouts[g.name].keysize
        entsize = 40 + keysize + 8 * spec.extra_words
        # stap's `global s[N]` with <<< sizes each CPU's table at N, as its pmaps do
        maxent = g.size or self.limits["MAXMAPENTRIES"]
        if spec.nbuckets:
            maxent = min(maxent, max(16, (4 << 20) // entsize))
        return {"name": c_ident(g.name), "keysize": keysize,
                "hoff": spec.extra_words - spec.nbuckets, "nb": spec.nbuckets, "maxent": maxent}

    def printf(self, s: n.Printf, out: list[str], ind: str, extra: Optional[dict] = None,
               c_args: Optional[list[tuple[str, str]]] = None) -> None:
        """A printf record. `extra` goes into its manifest entry (a record the driver
        treats specially: the non-quiet prefix, aggregation controls); `c_args`,
        (kind, C expression) pairs, replace the IR arguments."""
        fid = len(self.formats)
        if c_args is None:
            c_args = [("str", self.str_expr(a)) if a.type and a.type.is_str else ("int", self.int_expr(a))
                      for a in s.args]
        kinds = [k for k, _ in c_args]
        entry = {"fmt": s.fmt, "args": kinds, "loc": str(s.loc), **(extra or {})}
        if s.stderr:
            entry["stderr"] = True
        doubles = [i for i, a in enumerate(s.args) if isinstance(a, n.Call) and a.name == "double_bits"]
        if doubles:
            entry["doubles"] = doubles
        if self.ctypes and s.args and len(s.args) == len(c_args):
            # Integers print at their D type's width (`%x` of an int -1 is ffffffff).
            # char and short arrive promoted to int, as C's varargs do.
            entry["bits"] = [max(32, a.type.bits) if a.type and a.type.is_int else None
                             for a in s.args]
        self.formats.append(entry)
        decl, size, put = [], ["0"], []
        for i, (k, code) in enumerate(c_args):
            if k == "str":
                decl.append(f"const char *a{i}_ = {code}; u16 n{i}_ = xt_strlen(a{i}_);")
                size.append(f"2 + n{i}_")
                put.append(f"p_ = xt_put_str(p_, a{i}_, n{i}_);")
            else:
                decl.append(f"s64 a{i}_ = {code};")
                size.append("8")
                put.append(f"p_ = xt_put_int(p_, a{i}_);")
        out.append(f"{ind}{{ char *p_; {' '.join(decl)}")
        out.append(f"{ind}  p_ = {self.reserve(' + '.join(size), 'XT_REC_PRINTF', str(fid))};")
        out.append(f"{ind}  if (p_) {{ {' '.join(put)} (void)p_; xt_rec_commit(); }} }}")

    def trace(self, s: n.Trace, out: list[str], ind: str) -> None:
        """trace(): the value in dtrace-utils 2.x's layout (dt_consume.c dt_print_trace):
        quiet, the bare value; else strings `  %-33s` and integers by size and sign,
        ` %3d` ` %5d` ` %10d` ` %19ld` (signed) and ` %20lu` (unsigned 64-bit) etc.
        D types the IR keeps coarser are taken as D has them: an integer constant
        that fits is an int, timestamps are uint64_t (ir.framing.trace_format)."""
        from xtrace.ir.framing import trace_format
        e = s.expr
        fmt = trace_format(e, bool(self.prog.options.get("quiet")))
        self.printf(n.Printf(fmt, [e], loc=s.loc), out, ind)

    def agg_control(self, s: n.AggControl, out: list[str], ind: str) -> None:
        """clear/trunc/normalize/denormalize. The driver keeps what they change (DTrace's
        consumer does too): a dump of the aggregation tells it which elements exist
        at this point; clear() and a whole trunc() also empty the kernel's elements."""
        a, aid = c_ident(s.agg), self.agg_ids[s.agg]
        if s.op in ("normalize", "denormalize") or (s.op == "trunc" and s.args):
            self.printf(n.Printf("", s.args, loc=s.loc), out, ind,
                        extra={"control": s.op, "agg": aid})
        if s.op in ("clear", "trunc"):
            pid = len(self.prints)
            self.prints.append({"agg": aid, "name": s.agg, "layout": s.op,
                                "with_count": bool(s.args), "more": [], "fmt": None,
                                "value_func": self.globals[s.agg].agg_func})
            out.append(f"{ind}xt_agg_print(&xt_a_{a}, {pid}, {aid});")
            if not (s.op == "trunc" and s.args):
                out.append(f"{ind}xt_agg_clear(&xt_a_{a});")

    def prefix(self, probe: n.Probe, out: list[str], end: bool) -> None:
        """DTrace's non-quiet framing of a record (see ir.Probe.framed): the start ships
        the CPU and the probe's function and name; the driver adds the heading and
        the probe ID."""
        if end:
            self.printf(n.Printf("\n", []), out, "\t", extra={"frame": "end"})
            return
        kinds = {p.kind for p in probe.points}
        alias = kinfo.provider_alias(probe)
        if alias is not None:
            # proc:::create is DTrace's probe (FUNCTION:NAME ":create"), whatever
            # tracepoint stands for it.
            func, name = '""', c_string(alias[3])
        elif kinds <= {"syscall", "kfunc"}:
            self.uses.update(("probefunc", "probename"))
            func, name = "c->probefunc", "c->probename"
        elif kinds == {"timer"}:
            func, name = '""', "c->pp"
        elif len(kinds) == 1 and kinds <= {"begin", "end", "error"}:
            func, name = '""', c_string(next(iter(kinds)).upper())
        else:
            self.uses.update(("probefunc", "probename"))
            func = '(c->probename[0] ? c->probefunc : "")'
            name = ('(c->probename[0] ? c->probename : c->pp[0] ? c->pp : '
                    'READ_ONCE(xt_state) == XT_STOPPING ? "END" : "BEGIN")')
        self.printf(n.Printf("%3d %6d %32s ", []), out, "\t", extra={"frame": "start"},
                    c_args=[("int", "((s64)smp_processor_id())"), ("str", func), ("str", name)])

    def probe_ids(self) -> dict[str, int]:
        """Probe IDs for the prefix lines (ir.framing.probe_ids)."""
        from xtrace.ir.framing import probe_ids
        return probe_ids(self.an.points)

    def printvar(self, s: n.PrintVar, out: list[str], ind: str) -> None:
        g = self.globals[s.name]
        name = c_ident(s.name)
        if g.kind == "map":
            if s.layout != "stap":  # tells the driver how to print the dump that follows
                self.printf(n.Printf("", [], loc=s.loc), out, ind,
                            extra={"control": "map_layout", "map": self.map_ids[s.name],
                                   "layout": s.layout})
            out.append(f"{ind}xt_map_print(&xt_m_{name}, {self.map_ids[s.name]});")
            return
        vid = len(self.vars_printed)
        self.vars_printed.append({"name": s.name, "kind": g.type.kind if g.type else "int"})
        if g.type and g.type.is_str:
            out.append(f"{ind}{{ u16 l_ = xt_strlen(xt_g_{name}); char *p_ = xt_rec_reserve(2 + l_, XT_REC_VAR, {vid}); "
                       f"if (p_) {{ xt_put_str(p_, xt_g_{name}, l_); xt_rec_commit(); }} }}")
        else:
            out.append(f"{ind}{{ char *p_ = xt_rec_reserve(8, XT_REC_VAR, {vid}); "
                       f"if (p_) {{ xt_put_int(p_, atomic64_read(&xt_g_{name})); xt_rec_commit(); }} }}")

    # ------------------------------------------------------------ probes
    def probe_fn(self, idx: int, probe: n.Probe) -> str:
        self.ps = _ProbeState()
        self.probe_index, self.action = idx, 0
        self.cur_probe = probe
        self.probe_kind = {p.kind for p in probe.points}
        self.probe_is_return = all(p.is_return for p in probe.points)
        self.probe_syscalls = sorted({s for rp in self.an.points[idx] for s, _ in rp.syscalls})
        # Arguments the tracepoints of this probe all pass (argN past them reads 0).
        self.tp_nargs = min((len(tp.params) for rp in self.an.points[idx] for tp in rp.tracepoints),
                            default=0)
        locals_: dict[str, Type] = dict(self.an.local_types.get(id(probe), {}))
        for node in n.walk(probe.body):
            if isinstance(node, (n.Assign, n.IncDec)) and isinstance(node.target, n.Var) \
                    and node.target.scope == "local" and node.target.type is not None:
                locals_[node.target.name] = node.target.type
            elif isinstance(node, n.Try) and node.catch_var:
                locals_[node.catch_var] = STRING
        body: list[str] = []
        if probe.predicate is not None:
            body.append(f"\tif (!({self.int_expr(probe.predicate)}))\n\t\tgoto xt_out;")
        framed = probe.framed and not self.prog.options.get("quiet")
        self.spec_probe = any(isinstance(x, n.Speculate) for x in n.walk(probe.body))
        # A speculative clause's framing is part of its speculation (DTrace prints
        # the prefix when the records are committed): it starts at the speculate().
        self.spec_frame = probe if framed and self.spec_probe else None
        if self.spec_probe:
            body.append("\tc->spec = 0;")
        if framed and not self.spec_probe:
            self.prefix(probe, body, end=False)
        self.stmt(probe.body, body, "\t", top=True)
        if framed:
            self.prefix(probe, body, end=True)
        decls = ["\tc->budget = XT_MAXACTION;"]
        roots = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
        loops = any(isinstance(x, (n.While, n.ForEach, n.FuncCall)) for x in n.walk(roots))
        # A probe without loops or calls runs at most as many statements as it
        # has: when that fits MAXACTION the budget can never run out, and the
        # hot path need not count.
        n_stmts = sum(line.lstrip().startswith("XT_STMT(c,") for line in body)
        if not loops and n_stmts <= self.limits["MAXACTION"]:
            body = [line for line in body if not line.lstrip().startswith("XT_STMT(c,")]
            decls = []
        for name, t in locals_.items():
            if t.is_str:
                decls.append(f"\tchar *l_{c_ident(name)} = {self.slot()};")
                decls.append(f"\tl_{c_ident(name)}[0] = 0;")
            else:
                decls.append(f"\ts64 l_{c_ident(name)} = 0;")
        if loops:
            decls.append("\tc->nesting = 0; c->unwind = 0; c->iter_sp = 0; c->trying = 0; c->thrown = 0;")
        if any(isinstance(x, n.Call) and x.name in _SCRATCH_CALLS for x in n.walk(roots)):
            decls.append("\tc->scratch_off = 0;")
        self.max_slots = max(self.max_slots, self.ps.slots)
        # The speculation ends with the clause (other clauses' records are not its).
        tail = "\tc->spec = 0;\n" if self.spec_probe else ""
        self.spec_probe, self.spec_frame = False, None
        return (f"static void xt_probe_{idx}(struct xt_ctx *c)\n{{\n" + "\n".join(decls + body)
                + f"\nxt_out: __attribute__((unused));\n{tail}\treturn;\n}}\n")

    def fn_signature(self, f: n.Function) -> str:
        assert f.ret is not None
        params = ["struct xt_ctx *c"] + (["char *ret_"] if f.ret.is_str else [])
        for prm in f.params:
            params.append(f"const char *a_{c_ident(prm.name)}" if prm.type and prm.type.is_str
                          else f"s64 a_{c_ident(prm.name)}")
        rtype = "const char *" if f.ret.is_str else "s64 "
        return f"static noinline {rtype}xt_fn_{c_ident(f.name)}({', '.join(params)})"

    def function_fn(self, f: n.Function) -> str:
        """A script function: a C function taking the context. Its strings (parameters
        copied in, locals, temporaries) live in the frame of its nesting level."""
        self.ps = _ProbeState()
        self.fn = f
        self.probe_kind = set()
        self.tp_nargs = 0
        assert f.ret is not None
        body: list[str] = []
        self.stmt(f.body, body, "\t")
        decls = ["\tchar (*fs_)[XT_MAXSTRINGLEN] = c->str + XT_PSLOTS + c->nesting * XT_FSLOTS;",
                 "\tu32 isp_ = c->iter_sp;", "\tint try_ = c->trying;"]
        decls.append("\tconst char *rv_ = ret_;" if f.ret.is_str else "\ts64 rv_ = 0;")
        inits = ["\tret_[0] = 0;"] if f.ret.is_str else []
        params = {prm.name for prm in f.params}
        for prm in f.params:
            name = c_ident(prm.name)
            if prm.type and prm.type.is_str:
                decls.append(f"\tchar *l_{name} = {self.slot()};")
                inits.append(f"\tstrscpy(l_{name}, a_{name}, XT_MAXSTRINGLEN);")
            else:
                decls.append(f"\ts64 l_{name} = a_{name};")
        for name, t in self.an.local_types.get(id(f), {}).items():
            if name in params or t is None:
                continue
            if t.is_str:
                decls.append(f"\tchar *l_{c_ident(name)} = {self.slot()};")
                inits.append(f"\tl_{c_ident(name)}[0] = 0;")
            else:
                decls.append(f"\ts64 l_{c_ident(name)} = 0;")
        decls += inits + ["\t(void)fs_;", "\tc->nesting++;"]
        self.fn_slots = max(self.fn_slots, self.ps.slots)
        self.fn = None
        return (f"{self.fn_signature(f)}\n{{\n" + "\n".join(decls + body)
                + "\nxt_ret: __attribute__((unused));\nxt_out: __attribute__((unused));"
                + "\n\tc->nesting--;\n\tc->iter_sp = isp_;\n\tc->trying = try_;\n\treturn rv_;\n}\n")

    def iterpool(self) -> int:
        """foreach room per CPU: MAXMAPENTRIES elements for each loop that can be
        active at once (nested in a handler, plus those of each function once; a
        recursion through foreach loops deeper than that fails with an error)."""
        probe_depth = max([_foreach_depth(p.body) for p in self.prog.probes] + [0])
        fn_depth = sum(_foreach_depth(f.body) for f in self.prog.functions)
        depth = probe_depth + fn_depth
        # 64-bit words: an array element takes half of one, an aggregate's two
        return 2 * self.limits["MAXMAPENTRIES"] * min(depth, 16) if depth else 1

    # ------------------------------------------------------------ module
    def generate(self) -> GeneratedModule:
        fn_fns = [self.function_fn(f) for f in self.prog.functions]
        probe_fns = [self.probe_fn(i, p) for i, p in enumerate(self.prog.probes)]
        if fn_fns:
            protos = "".join(f"{self.fn_signature(f)};\n" for f in self.prog.functions)
            frame = (f"#define XT_PSLOTS {self.max_slots}\n#define XT_FSLOTS {max(self.fn_slots, 1)}\n")
            msgs = ", ".join(c_string(m) for m in self.throw_msgs) or '""'
            frame += f"static const char *const xt_msgs[] __attribute__((unused)) = {{ {msgs} }};\n"
            probe_fns = [frame + protos] + fn_fns + probe_fns
            self.max_slots += self.limits["MAXNESTING"] * max(self.fn_slots, 1)
        # stap's pp() in a begin or end probe is the point as written ("begin", "end(5)")
        begin = [{"i": i, "pp": c_string(pt.spelling or "begin")}
                 for i, p in enumerate(self.prog.probes) for pt in p.points if pt.kind == "begin"]
        end = [{"i": i, "pp": c_string(pt.spelling or "end")}
               for i, p in enumerate(self.prog.probes) for pt in p.points if pt.kind == "end"]
        error = [i for i, p in enumerate(self.prog.probes) for pt in p.points if pt.kind == "error"]
        error_end = [{"i": i, "pp": c_string(pt.spelling or "error")}
                     for i, p in enumerate(self.prog.probes) for pt in p.points
                     if pt.kind == "error_end"]
        sys_enter, sys_exit, kprobes, timers, deferred = [], [], [], [], []
        tps: dict[str, dict] = {}
        uprobes: list[dict] = []
        for i, (probe, rps) in enumerate(zip(self.prog.probes, self.an.points)):
            for rp in rps:
                p = rp.point
                if p.kind == "syscall":
                    every = p.name == "*" or len(rp.syscalls) == len(self.an.target.syscalls)
                    entry = {"probe": i, "bits": len(sys_enter) + len(sys_exit),
                             "nrs": [] if every else sorted(nr for _, nr in rp.syscalls),
                             "pp": p.spelling or p.name}
                    entry["defer"] = None
                    if not (rp.syscalls or every):
                        continue
                    if not p.is_return and len(deferred) < 32 and _reads_user_strings(probe):
                        entry["defer"] = len(deferred)
                        deferred.append(entry)
                    (sys_exit if p.is_return else sys_enter).append(entry)
                elif p.kind == "kfunc":
                    for fn in rp.functions:
                        kprobes.append({"probe": i, "id": len(kprobes), "sym": c_string(fn),
                                        "ret": p.is_return, "pp": c_string(p.spelling or fn)})
                elif p.kind == "timer":
                    timers.append({"probe": i, "id": len(timers), "ns": p.period_ns,
                                   "pp": c_string(p.spelling or "timer"), "per_cpu": p.per_cpu,
                                   "rand": p.randomize_ns})
                elif p.kind == "ufunc":
                    for fn, off in rp.ufuncs:
                        uprobes.append({"probe": i, "id": len(uprobes), "path": c_string(rp.binary),
                                        "offset": off, "ret": p.is_return, "sym": c_string(fn),
                                        "pp": c_string(p.spelling or fn), "pid": p.pid})
                elif p.kind == "tracepoint":
                    for tp in rp.tracepoints:
                        site = tps.get(tp.key)
                        if site is None:
                            site = tps[tp.key] = {
                                "id": len(tps), "event": c_string(tp.event), "header": tp.header,
                                "params": [(ty, "*" in ty) for ty, _ in tp.params], "probes": []}
                        site["probes"].append({"probe": i, "pp": c_string(p.spelling or tp.key)})
        for e in sys_enter + sys_exit:
            e["pp"] = c_string(e["pp"])
        need_names = "probefunc" in self.uses and (sys_enter or sys_exit)
        rename = STAP_NAMES if self.prog.options.get("syscall_names") == "stap" else {}
        syscall_names = sorted(((nr, c_string(rename.get(nm, nm)))
                                for nm, nr in self.an.target.syscalls.items())) if need_names else []
        headers = ["xt_core.h", "xt_str.h"]
        if "time" in self.uses:
            headers.append("xt_time.h")
        if "kinfo" in self.uses:
            headers.append("xt_kinfo.h")
        if self.regexes:
            headers.append("xt_regex.h")
            probe_fns = [self.regex_tables()] + probe_fns
        if "spec" in self.uses:
            headers.append("xt_spec.h")
        if self.uses & {"mem", "scratch"}:
            headers.append("xt_mem.h")
        if any(g.kind == "agg" for g in self.prog.globals):
            headers.append("xt_agg.h")
        if any(g.kind == "map" for g in self.prog.globals):
            headers.append("xt_map.h")
        if "tls" in self.uses:
            headers.append("xt_tls.h")
        tls_valsize = max([8] + [self.strlen for t in self.an.thread_vars.values() if t.is_str])
        if sys_enter or sys_exit:
            headers += ["xt_tracepoint.h", "xt_syscall.h"]
        elif tps:
            headers.append("xt_tracepoint.h")
        if uprobes:
            headers.append("xt_uprobe.h")
        ustacks = [st for st in self.stacks if st["user"]]
        ukeys = [size // 8 - 2 for lay in self.layouts.values() for t, size in lay.key_fields
                 if t.kind == "ustack"]
        if any(not st["user"] for st in self.stacks):
            headers.append("xt_stack.h")
        if ustacks or "ustack" in self.uses:
            headers.append("xt_ustack.h")
        if self.signals:
            headers.append("xt_signal.h")
        if "task" in self.uses:
            headers.append("xt_task.h")
        tracepoints = list(tps.values())
        tp_headers = sorted({t["header"] for t in tracepoints} | self.kheaders)
        tpargs = max([len(t["params"]) for t in tracepoints] + [1])
        keybuf = max([lay.keysize for lay in self.layouts.values()] + [8])
        globals_c = []
        for g in self.prog.globals:
            name = c_ident(g.name)
            if g.kind == "scalar":
                globals_c.append(f"static char xt_g_{name}[XT_MAXSTRINGLEN];" if g.type and g.type.is_str
                                 else f"static atomic64_t xt_g_{name};")
        aggs = [self._agg_alloc(g) for g in self.prog.globals if g.kind == "agg"]
        maps = [{"name": c_ident(g.name), "keysize": self.layouts[g.name].keysize,
                 "valsize": self.strlen if g.type and g.type.is_str else 8,
                 "max": g.size or "XT_MAXMAPENTRIES", "wrap": "true" if g.wrap else "false"}
                for g in self.prog.globals if g.kind == "map"]
        scalar_inits = []
        for g in self.prog.globals:
            if g.kind == "scalar" and g.init is not None:
                if g.type and g.type.is_str:
                    scalar_inits.append(f"strscpy(xt_g_{c_ident(g.name)}, {c_string(g.init.value)}, XT_MAXSTRINGLEN);")
                else:
                    scalar_inits.append(f"atomic64_set(&xt_g_{c_ident(g.name)}, {c_int(g.init.value)});")
        errors_fatal = self.prog.lang == "stap"
        c_source = TEMPLATES.get_template("module.c.j2").render(
            limits=self.limits, nstr=self.max_slots, iterpool=self.iterpool(), keybuf=keybuf, headers=headers,
            signals=self.signals,
            errors_fatal=int(errors_fatal), globals_c=globals_c, aggs=aggs, maps=maps,
            probe_fns=probe_fns, begin=begin, end=end, error=error, error_end=error_end, sys_enter=sys_enter, sys_exit=sys_exit,
            nr_syscalls=self.an.target.nr_syscalls, kprobes=kprobes, timers=timers,
            syscall_names=syscall_names, uses=self.uses, deferred=deferred, scalar_inits=scalar_inits,
            tracepoints=tracepoints, tp_headers=tp_headers, tpargs=tpargs, uprobes=uprobes,
            stacks=[st for st in self.stacks if not st["user"]],
            ustack_depth=max([st["depth"] or min(self.limits["USTACKFRAMES"], 1024) for st in ustacks]
                             + ([min(self.limits["USTACKFRAMES"], 1024)] if "ustack" in self.uses else [])
                             + ukeys,
                             default=0),
            tls={"valsize": tls_valsize, "size": self.limits["DYNVARSIZE"]} if "tls" in self.uses else None,
            sysc_c=self.sysc.emit() if (sys_enter or sys_exit) else "",
            source_name=c_string(Path(self.prog.file).name))
        manifest = {
            "version": 1,
            "lang": self.prog.lang,
            "file": self.prog.file,
            "release": self.an.target.release,
            "quiet": bool(self.prog.options.get("quiet", False)),
            "errors_fatal": errors_fatal,
            # The job runner passes the guest's view of the host root to uprobe modules.
            "module_params": ({"xt_root": "@ROOT@"} if uprobes else {})
            | ({"xt_uroot": "@ROOT@"} if ustacks or ukeys else {}),
            # The session tells the module the command's pid (runtime xt_target_pid).
            "target_pid": "target" in self.uses,
            "uprobe_files": sorted({rp.binary for rps in self.an.points for rp in rps if rp.ufuncs}),
            "overload_percent": self.limits["OVERLOAD_PERCENT"],
            "formats": self.formats,
            "stacks": self.stacks,
            "sites": self.sites,
            "probes": [[p.spelling or p.kind for p in probe.points] for probe in self.prog.probes],
            "prints": self.prints,
            "probe_ids": self.probe_ids(),
            "kallsyms": str(self.an.target.kallsyms) if getattr(self.an.target, "kallsyms", None) else None,
            "agg_options": dict(self.prog.options.get("aggsort", {})),
            "vars": self.vars_printed,
            "aggs": [{"name": g.name, "func": g.agg_func, "keys": self.layouts[g.name].manifest(),
                      "keysize": self.layouts[g.name].keysize, "spec": self.agg_specs[g.name].manifest()}
                     for g in self.prog.globals if g.kind == "agg"],
            "maps": [{"name": g.name, "keys": self.layouts[g.name].manifest(),
                      "keysize": self.layouts[g.name].keysize,
                      "value": {"kind": g.type.kind if g.type else "int",
                                "size": self.strlen if g.type and g.type.is_str else 8}}
                     for g in self.prog.globals if g.kind == "map"],
        }
        return GeneratedModule(c_source, headers, manifest)


def _c_cast(t: Type, v: str) -> str:
    """C for an s64 value converted to integer type `t` and widened back to s64."""
    if t.bits >= 64:
        return f"((s64)({v}))"
    ctype = {8: "8", 16: "16", 32: "32"}.get(t.bits, "32")
    return f"((s64)({'s' if t.signed else 'u'}{ctype})({v}))"


def _foreach_depth(s) -> int:
    """How many ForEach loops nest at most inside s."""
    best = 0
    for x in n.walk(s):
        if isinstance(x, n.ForEach):
            best = max(best, 1 + _foreach_depth(x.body))
    return best


def _uses_builtin(probe: n.Probe, name: str) -> bool:
    return any(isinstance(x, n.Builtin) and x.name == name for x in n.walk(probe.body))


def _reads_user_strings(probe: n.Probe) -> bool:
    """Whether a syscall entry probe reads the syscall's user strings (argstr,
    filename, ...), which may not be paged in before the syscall runs."""
    return any((isinstance(x, n.Builtin) and x.name == "argstr")
               or (isinstance(x, n.SyscallVar) and x.type is not None and x.type.is_str)
               for x in n.walk(probe.body))


def _as_read(t: n.Expr) -> n.Expr:
    if isinstance(t, n.Var):
        return n.Var(t.name, t.scope, loc=t.loc, type=t.type)
    assert isinstance(t, n.Index)
    return n.Index(t.map, t.keys, loc=t.loc, type=t.type)


def generate(an: Analysis, limits: dict[str, int] | None = None) -> GeneratedModule:
    """Generate the C module and manifest for an analyzed program."""
    return CodeGen(an, limits).generate()
