"""Pass 3: IR -> C module source plus the manifest the driver decodes with.

The generated module is the runtime headers (only those the script uses)
plus one function per probe and the glue that attaches them. Values that the
user reads (printf arguments, aggregation rows) leave the kernel as raw
binary records; their formats live in the manifest, never in the C.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from xtrace.ir import nodes as n
from xtrace.ir.analysis import Analysis
from xtrace.ir.aggspec import program_specs
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.regex import compile_regex
from xtrace.ir.sugarblocks import sugared
from xtrace.ir.types import D_KERNEL_KEYS, D_USER_KEYS, INT64, STRING, Type
from xtrace.runtime.stacks import MACHINERY_PREFIXES
from xtrace.runtime.stream import error_text
from xtrace.ir.syscalls import STAP_NAME_OF

from . import embedc, kinfo
from .carried import carried_locals
from .sysc import SyscallC
from .sdtargs import arg_c
from .cstr import c_ident, c_int, c_string
from .gen_base import DEFAULT_LIMITS, STAP_MAXSTRINGLEN, MAX_NESTING, RUNTIME_DIR, TEMPLATES, _COMM_LEN, _ECODE, _KSTACK_KEY_FRAMES, _Layout, _MAX_SLOTS, _ProbeState, _SCRATCH_CALLS, _foreach_depth, _reads_user_strings
from .gen_expr import ExprGen
from .gen_stmt import StmtGen
from .gen_agg import AggGen
from .gen_sugar import SugarGen

# Re-exported: other modules take these from here.
__all__ = ['CodeGen', 'GeneratedModule', 'generate', 'RUNTIME_DIR', 'DEFAULT_LIMITS']


@dataclass
class GeneratedModule:
    """What pass 3 produces: C text, the runtime headers it needs, the manifest."""

    c_source: str
    headers: list[str]
    manifest: dict


class CodeGen(ExprGen, StmtGen, AggGen, SugarGen):
    """Generates one module for an analyzed program."""

    def __init__(self, an: Analysis, limits: dict[str, int] | None = None) -> None:
        self.an = an
        self.prog = an.program
        # D's this-> values one clause of a hit hands to the next (backend_c/carried.py)
        self.carried = carried_locals(self.prog, an.local_types)
        self.limits = dict(DEFAULT_LIMITS)
        if self.prog.lang == "d":
            # DTrace's default strsize, 256, is 256 characters: the buffer holds its NUL too
            self.limits["MAXSTRINGLEN"] = 257
        elif self.prog.lang == "stap":
            # stap's MAXSTRINGLEN on a 64-bit kernel (256 on 32-bit ones): its strings
            # hold backtraces. They live in the per-CPU context, not on the stack.
            self.limits["MAXSTRINGLEN"] = STAP_MAXSTRINGLEN
        self.limits.update(self.prog.options.get("limits", {}))
        self.limits.update(limits or {})
        if self.prog.lang == "stap" and any(isinstance(x, n.Delay) for root in n.program_roots(self.prog)
                                            for x in n.walk(root)):
            # guru-delay.stp turns stap's overload check off (#undef STP_OVERLOAD)
            self.limits["OVERLOAD_PERCENT"] = 0
        for name, value in self.limits.items():
            if name in DEFAULT_LIMITS and value < 0:  # sizes and counts: C would take them
                raise XtraceError(f"{name} must not be negative (-D {name}={value})", exit_code=2)
        if self.limits["MAXSTRINGLEN"] < 1:  # strscpy(d, s, 0) would leave d unterminated
            raise XtraceError("MAXSTRINGLEN must be at least 1", exit_code=2)
        if self.limits["BUFSIZE"] <= 0 or self.limits["BUFSIZE"] & (self.limits["BUFSIZE"] - 1):
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
        # compiling a clause's predicate: its faults are D's "in predicate"
        self.in_predicate = False
        self.catches: list[tuple[str, str | None]] = []  # innermost stap try: (label, catch var)
        self.max_slots = 1
        self.probe_kind: set[str] = set()
        self.probe_is_return = False
        self.tp_nargs = 0
        self.umark_nargs = 0
        # the positional tracepoint argument slots; the named ones (an.tp_named) follow
        self.tp_base = max([len(tp.params) for pts in an.points for rp in pts
                            for tp in rp.tracepoints] + [1])
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
        self.epid_users: set[int] = set()  # clauses (program index) that read D's epid
        # D clauses that enable several probes -> C for the FUNCTION and NAME of the
        # one that fired, for the run-time error line (fault_id_fn)
        self.fault_id_exprs: dict[int, tuple[str, str]] = {}
        self._epids: Optional[dict[int, tuple[int, list[int]]]] = None
        # matched(n) is used: a successful =~ keeps its subject and pattern in the context
        self.rematch = any(isinstance(x, n.Call) and x.name == "matched" for x in _walk(self.prog))

    # ------------------------------------------------------------ helpers
    def err(self, msg: str, loc) -> XtraceError:
        return XtraceError(msg, loc, self.prog.source, kind="error")

    def site(self, loc, what: str) -> int:
        """Register a place that can fail at run time; `what` is stap's "near ..." phrase.
        A site of a clause's predicate says so ("predicate"): D's error line names the
        predicate, not an action (the action count alone cannot tell it apart from
        code the clause runs before its first statement)."""
        site = {"loc": str(loc), "file": loc.file, "line": loc.line, "col": loc.col,
                "what": what, "probe": self.probe_index, "action": self.action}
        if self.in_predicate:
            site["predicate"] = True
        self.sites.append(site)
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

    def usym_tables(self) -> tuple[str, list[str]]:
        """(C of the user symbol tables, their files) for usymname()/usymdata()/
        umodname() kept as values: the files stap knows (process("PATH") probes,
        -d, --ldd, the -c program), as backend_c/usymtab.py reads them."""
        from .usymtab import emit_c, known_files, symbol_table
        binaries = sorted({rp.binary for rps in self.an.points for rp in rps if rp.ufuncs or rp.umarks}
                          | {rp.point.binary for rps in self.an.points for rp in rps
                             if rp.point.kind == "proc" and rp.point.binary})
        opts = self.prog.options
        extra = list(opts.get("symbol_files") or []) + [opts.get("target_binary") or ""]
        # D's ufunc()/uaddr() name any library's symbols (ustack()'s do): as --ldd
        files = known_files(binaries, extra, bool(opts.get("ldd")) or "usym_libs" in self.uses)
        tables = [t for t in (symbol_table(f) for f in files) if t is not None]
        return emit_c(tables), [t.path for t in tables]

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
            dsym = self._d_symbol_key(g, i)
            if dsym in D_USER_KEYS:
                fields.append((D_USER_KEYS[dsym], 24))
            elif dsym in D_KERNEL_KEYS:
                fields.append((D_KERNEL_KEYS[dsym], 8 + (widths[i] + 7) // 8 * 8))
            elif t.kind == "ustack":
                fields.append((t, 16 + 8 * self._ustack_key_depth(g.name, i)))
            elif t.kind == "kstack":
                fields.append((t, 16 + 8 * _KSTACK_KEY_FRAMES))
            else:
                fields.append((t, (widths[i] + 7) // 8 * 8 if t.is_str else 8))
        if g.per_thread:
            # the thread is its id (key 0) and its start time (runtime/xt_tlmap.h)
            fields.insert(1, (INT64, 8))
            return _Layout(fields, g.type, born_at=1)
        return _Layout(fields, g.type)

    def _d_symbol_key(self, g: n.Global, i: int) -> Optional[str]:
        """The D symbol action (d_ufunc, d_uaddr, d_umod, d_func, d_mod) every key
        of D aggregation `g` has at position i, or None. A user one is the
        process, the address-space snapshot and the address, which the driver
        names and orders as libdtrace does (runtime/ustack.py d_user_key); a
        kernel one the address it is ordered by and the module's text of it."""
        if self.prog.lang != "d" or g.kind != "agg":
            return None
        names = {k[i].name if i < len(k) and isinstance(k[i], n.Call) else None
                 for k in self._key_uses(g.name)}
        if len(names) == 1 and ((name := names.pop()) in D_USER_KEYS or name in D_KERNEL_KEYS):
            return name
        return None

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
        if lay.born_at is not None:
            keys = keys[:lay.born_at] + [None] + keys[lay.born_at:]
        for (t, size), k in zip(lay.key_fields, keys):
            tmp = self.temp()
            if k is None:
                # a per-thread array's hidden key: the thread's start time
                fill.append(f"{{ u64 {tmp} = XT_CUR(c)->start_time; memcpy((char *){buf} + {off}, &{tmp}, 8); }}")
            elif t.kind in D_USER_KEYS:
                # the driver names the address from the snapshot of this process's mappings
                self.uses.update(("ustack", "umaps"))
                pre.append(f"s64 {tmp}[3] = {{ (s64)current->tgid, xt_umm_cur(), {self.int_expr(k.args[0])} }};")
                fill.append(f"memcpy((char *){buf} + {off}, {tmp}, 24);")
            elif t.kind in D_KERNEL_KEYS:
                mod = "true" if t.kind == "d_mod" else "false"
                pre.append(f"s64 {tmp} = {self.int_expr(k.args[0])};")
                fill.append(f"{{ u64 o_ = xt_dsym_order({tmp}, {mod}); memcpy((char *){buf} + {off}, &o_, 8); "
                            f"strscpy_pad((char *){buf} + {off + 8}, xt_dsym({self.slot()}, {tmp}, {mod}), "
                            f"{size - 8}); }}")
            elif t.kind == "ustack":
                # Written whole (unused frames zeroed): equal stacks are equal keys.
                self.uses.add("ustack")
                depth = (size - 16) // 8
                if isinstance(k, n.UStack) and k.depth:
                    depth = min(depth, k.depth)
                fill.append(f"xt_ustack_key((char *){buf} + {off}, c, {depth}, {(size - 16) // 8});")
            elif t.kind == "kstack":
                # The frames from the probed code (xt_kstack_walk), XT_STKDEPTH of
                # them, with the depth to print: the driver keeps `depth` and merges
                # keys that print the same.
                if not any(st["layout"] == "key" for st in self.stacks):
                    self.stacks.append({"layout": "key", "depth": None, "user": False})  # xt_stack.h
                depth = k.depth if isinstance(k, n.UStack) and k.depth else self.limits["STACKFRAMES"]
                fill.append(f"xt_kstack_key((char *){buf} + {off}, c, {depth});")
            elif t.is_str and isinstance(k, n.Builtin) and k.name == "execname" and size == _COMM_LEN:
                # The kernel keeps comm NUL-padded to TASK_COMM_LEN: copy it whole.
                fill.append(f"memcpy((char *){buf} + {off}, XT_CUR(c)->comm, {size});")
            elif t.is_str:
                pre.append(f"const char *{tmp} = {self.str_expr(k)};")
                fill.append(f"strscpy_pad((char *){buf} + {off}, {tmp}, {size});")
            else:
                pre.append(f"s64 {tmp} = {self.int_expr(k)};")
                fill.append(f"memcpy((char *){buf} + {off}, &{tmp}, 8);")
            off += size
        return " ".join(pre + fill)


    def prefix(self, probe: n.Probe, out: list[str], end: bool, ind: str = "\t",
               block: int = 0) -> None:
        """DTrace's non-quiet framing of a record (see ir.Probe.framed): the start ships
        the CPU and the probe's function and name; the driver adds the heading and
        the probe ID. `block`: the basic block's number in a clause cut into blocks
        (backend_c/gen_sugar.py), each an enabled probe of its own for flowindent."""
        if end:
            self.printf(n.Printf("\n", []), out, ind, extra={"frame": "end"})
            return
        func, name = self.site_desc(probe)
        cpu = "((s64)0)" if probe.framed_cpu_zero else "((s64)smp_processor_id())"
        c_args = [("int", cpu), ("str", func), ("str", name)]
        extra: dict = {"frame": "start"}
        if self.prog.options.get("flowindent"):
            # the driver's flow column tells the clauses of one probe apart and
            # marks the syscall provider's entries and returns (runtime/flow.py)
            extra["clause"] = f"{self.probe_index}.{block}" if block else self.probe_index
            c_args.append(("str", self.probe_desc_field("probeprov") or '""'))
        self.printf(n.Printf("%3d %6d %32s ", []), out, ind, extra=extra, c_args=c_args)

    def site_desc(self, probe: n.Probe) -> tuple[str, str]:
        """C for the FUNCTION and NAME of the probe that fired, as DTrace's prefix
        lines name it (the driver numbers `FUNCTION:NAME`, ir.framing.probe_ids)."""
        kinds = {p.kind for p in probe.points}
        alias = kinfo.provider_alias(probe)
        if alias is not None:
            # proc:::create is DTrace's probe (FUNCTION:NAME ":create"), whatever
            # tracepoint stands for it.
            func, name = '""', c_string(alias[3])
        elif probe.points and all(p.kind == "tracepoint" and p.alias for p in probe.points):
            # proc:::exec-*: the DTrace probe that fired, which its site names (c->pp)
            self.uses.add("pp")
            func, name = '""', '({ const char *s_ = strrchr(c->pp, \':\'); s_ ? s_ + 1 : c->pp; })'
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
        return func, name

    def probe_ids(self) -> dict[str, int]:
        """Probe IDs for the prefix lines (ir.framing.probe_ids)."""
        from xtrace.ir.framing import probe_ids
        return probe_ids(self.an.points)

    def epids(self) -> dict[int, tuple[int, list[int]]]:
        """D's enabled probe IDs: clause index -> (first epid, the sorted probe IDs
        it enables); numbered as dtrace enables them, clause by clause in script
        order and each clause's probes by ID, from 1."""
        from xtrace.ir.framing import site_descs
        if self._epids is not None:  # asked once per clause: the points do not change
            return self._epids
        ids, out, nxt = self.probe_ids(), {}, 1
        for idx, probe in enumerate(self.prog.probes):
            if probe.implicit:
                continue
            mine = sorted({ids[d] for d in site_descs(self.an.points[idx]) if d in ids})
            out[idx] = (nxt, mine)
            nxt += len(mine)
        self._epids = out
        return out

    def probe_id_table(self) -> str:
        """C for D's `id` in the kernel: the prefix lines' numbering of `FUNCTION:NAME`
        (sorted, searched by halves; a name's last ':'-part, as the driver takes it)."""
        rows = sorted(self.probe_ids().items())
        body = ",\n".join(f"\t{{ {c_string(d)}, {i} }}" for d, i in rows)
        return ("static const struct { const char *desc; u32 id; } xt_probe_id_tab[] = {\n"
                f"{body}\n}};\n"
                "static noinline s64 xt_probe_id(const char *func, const char *name)\n{\n"
                "\tchar d[160];\n\tconst char *s = strrchr(name, ':');\n"
                "\tint lo = 0, hi = ARRAY_SIZE(xt_probe_id_tab) - 1;\n\n"
                "\tsnprintf(d, sizeof(d), \"%s:%s\", func, s ? s + 1 : name);\n"
                "\twhile (lo <= hi) {\n\t\tint mid = (lo + hi) / 2, r = strcmp(d, xt_probe_id_tab[mid].desc);\n\n"
                "\t\tif (!r)\n\t\t\treturn xt_probe_id_tab[mid].id;\n"
                "\t\tif (r < 0)\n\t\t\thi = mid - 1;\n\t\telse\n\t\t\tlo = mid + 1;\n\t}\n"
                "\treturn 0;\n}\n" + self.epid_tables())

    def fault_probes(self) -> dict[str, list]:
        """D's run-time error line names the enabled probe and the probe that fired,
        `error on enabled probe ID 1 (ID 1: dtrace:::BEGIN)`: clause index -> [first
        epid, the probe IDs it enables (sorted), provider, module]. The consumer
        takes the one that fired from the error record (fault_id_fn; a clause of
        one probe needs none), its `FUNCTION:NAME` from probe_ids. A clause whose
        provider cannot be named (mixed kinds) is left out: its error names the
        clause's descriptions."""
        out: dict[str, list] = {}
        for idx, (first, mine) in self.epids().items():
            if not mine:
                continue
            kinds = {p.kind for p in self.prog.probes[idx].points}
            alias = kinfo.provider_alias(self.prog.probes[idx])
            if kinds <= {"begin", "end", "error"}:
                prov, mod = "dtrace", ""
            elif alias is not None:
                prov, mod = alias[0], "vmlinux"
            elif kinds == {"syscall"}:
                prov, mod = "syscall", "vmlinux"
            elif kinds == {"timer"}:
                prov, mod = "profile", ""
            else:
                continue
            out[str(idx)] = [first, mine, prov, mod]
        return out

    def fault_id_fn(self) -> str:
        """C for xt_gen_fault_id(c, site): the probe ID of the point that fired when
        the statement at `site` faulted, for the clauses that enable several probes
        (the error record carries it: runtime xt_fail_at); 0 elsewhere."""
        cases = []
        for idx, (func, name) in sorted(self.fault_id_exprs.items()):
            sites = [i for i, st in enumerate(self.sites) if st["probe"] == idx]
            if sites:
                labels = " ".join(f"case {i}:" for i in sites)
                cases.append(f"\t{labels}\n\t\treturn (u32)xt_probe_id({func}, {name});\n")
        return ("static noinline u32 xt_gen_fault_id(struct xt_ctx *c, u16 site)\n{\n"
                "\tswitch (site) {\n" + "".join(cases) + "\t}\n\treturn 0;\n}\n")

    def epid_tables(self) -> str:
        """C for `epid`: each clause that reads it has its enabled probes' IDs."""
        if not self.epid_users:
            return ""
        out = ["static noinline s64 xt_epid(const u32 *tab, int n, s64 first, s64 id)\n{\n"
               "\tint i;\n\n\tfor (i = 0; i < n; i++)\n\t\tif (tab[i] == id)\n"
               "\t\t\treturn first + i;\n\treturn 0;\n}\n"]
        table = self.epids()
        for idx in sorted(self.epid_users):
            _, mine = table[idx]
            out.append(f"static const u32 xt_epid_tab_{idx}[] = {{ {', '.join(map(str, mine)) or '0'} }};\n")
        return "".join(out)


    # ------------------------------------------------------------ probes
    def probe_fn(self, idx: int, probe: n.Probe) -> str:
        self.ps = _ProbeState()
        self.probe_index, self.action = idx, 0
        self.cur_probe = probe
        self.probe_kind = {p.kind for p in probe.points}
        self.probe_is_return = all(p.is_return for p in probe.points)
        if self.prog.lang == "d" and not probe.implicit and len(self.epids()[idx][1]) > 1:
            # A fault names the probe that fired: the record carries its ID.
            self.fault_id_exprs[idx] = self.site_desc(probe)
            self.uses.update(("probe_id", "fault_id"))
        self.probe_syscalls = sorted({s for rp in self.an.points[idx] for s, _ in rp.syscalls})
        # Arguments any tracepoint of this probe passes (argN past them reads 0; a
        # narrower tracepoint's handler clears the slots it has no argument for).
        self.tp_nargs = max((len(tp.params) for rp in self.an.points[idx] for tp in rp.tracepoints),
                            default=0)
        # and the arguments every SDT marker of this probe has (D's argN past them is 0)
        self.umark_nargs = min((len(mk.args) for rp in self.an.points[idx] for mk in rp.umarks),
                               default=0)
        locals_: dict[str, Type] = dict(self.an.local_types.get(id(probe), {}))
        for node in n.walk(probe.body):
            if isinstance(node, (n.Assign, n.IncDec)) and isinstance(node.target, n.Var) \
                    and node.target.scope == "local" and node.target.type is not None:
                locals_[node.target.name] = node.target.type
            elif isinstance(node, n.Try) and node.catch_var:
                locals_[node.catch_var] = STRING
        body: list[str] = []
        if self.prog.lang == "d":
            if not all(pt.kind == "end" for pt in probe.points):
                # DTrace's exit() drains the session at once: later clauses, this hit's
                # too (and ERROR's), do not run, but for END's (dtrace_probe() skips
                # every ECB once the state is DRAINING, but in COOLDOWN)
                body.append(_SKIP_AFTER_EXIT)
            # where this clause's records start: a fault discards them (XT_FAULT_DISCARDS)
            body.append("\txt_clause_mark(c);")
        elif self.prog.lang == "stap" and _stap_skips_after_exit(probe):
            # stap's probe prologue tests the session state for each probe: once
            # exit() (or a fatal error) has ended it, a later probe of the same
            # event (two timer.ms(10), two probes of one syscall) does not run
            body.append(_SKIP_AFTER_EXIT)
        if probe.predicate is not None:
            self.in_predicate = True
            try:
                test = self.int_expr(probe.predicate)
            finally:
                self.in_predicate = False
            body.append(f"\tif (!({test}))\n\t\tgoto xt_out;")
        # dtrace -F prints each record's probe line even when quiet (without the
        # newline that ends a non-quiet record)
        framed = probe.framed and (not self.prog.options.get("quiet")
                                   or bool(self.prog.options.get("flowindent")))
        self.spec_probe = any(isinstance(x, n.Speculate) for x in n.walk(probe.body))
        # A speculative clause's framing is part of its speculation (DTrace prints
        # the prefix when the records are committed): it starts at the speculate().
        self.spec_frame = probe if framed and self.spec_probe else None
        if self.spec_probe:
            body.append("\tc->spec = 0;")
        newline = not self.prog.options.get("quiet")
        if self.prog.lang == "d" and not self.spec_probe and sugared(probe):
            # DTrace's basic blocks, each framed when it records (ir/sugarblocks.py)
            self.sugar_body(probe, body, framed, newline,
                            skip_exit=not all(pt.kind == "end" for pt in probe.points))
        elif framed and not self.spec_probe and sugared(probe):
            # a stap or Vue port of such a clause, read as D's framing (dframing.py)
            self.sugar_body(probe, body, framed, newline, skip_exit=False, marks=False)
        else:
            if framed and not self.spec_probe:
                self.prefix(probe, body, end=False)
            self.stmt(probe.body, body, "\t", top=True)
            if framed and newline:
                self.prefix(probe, body, end=True)
        # stap's begin, end and error probes run where they may sleep, with ten times
        # MAXACTION (MAXACTION_INTERRUPTIBLE): its testsuite's foreach_value.stp
        # walks four 128-bucket histograms in one begin probe
        interruptible = self.prog.lang == "stap" and all(
            pt.kind in ("begin", "end", "error", "error_end", "never") for pt in probe.points)
        budget = "XT_MAXACTION_INTERRUPTIBLE" if interruptible else "XT_MAXACTION"
        limit = ((self.limits.get("MAXACTION_INTERRUPTIBLE") or self.limits["MAXACTION"] * 10)
                 if interruptible else self.limits["MAXACTION"])
        decls = [f"\tc->budget = {budget};"]
        roots = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
        loops = any(isinstance(x, (n.While, n.ForEach, n.FuncCall)) for x in n.walk(roots))
        # A probe without loops or calls runs at most as many statements as it
        # has: when that fits its budget the budget can never run out, and the
        # hot path need not count.
        n_stmts = sum(line.lstrip().startswith("XT_STMT(c,") for line in body)
        if not loops and n_stmts <= limit:
            body = [line for line in body if not line.lstrip().startswith("XT_STMT(c,")]
            decls = []
        carried = [name for name in locals_ if name in self.carried]
        for name, t in locals_.items():
            if name in carried:
                continue  # kept in the hit's context for the next clause (a macro below)
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
        # D's clause-locals one clause of a hit hands to the next live in the context
        pre, post = self.carried.macros(carried)
        return (pre + f"static void xt_probe_{idx}(struct xt_ctx *c)\n{{\n" + "\n".join(decls + body)
                + f"\nxt_out: __attribute__((unused));\n{tail}\treturn;\n}}\n" + post)

    def fn_signature(self, f: n.Function) -> str:
        assert f.ret is not None
        if f.c_body is not None:
            return embedc.signature(f)
        params = ["struct xt_ctx *c"] + (["char *ret_"] if f.ret.is_str else [])
        for prm in f.params:
            params.append(f"const char *a_{c_ident(prm.name)}" if prm.type and prm.type.is_str
                          else f"s64 a_{c_ident(prm.name)}")
        rtype = "const char *" if f.ret.is_str else "s64 "
        return f"static noinline {rtype}xt_fn_{c_ident(f.name)}({', '.join(params)})"

    def function_fn(self, f: n.Function) -> str:
        """A script function: a C function taking the context. Its strings (parameters
        copied in, locals, temporaries) live in the frame of its nesting level."""
        if f.c_body is not None:
            text, slots = embedc.function(f)
            self.fn_slots = max(self.fn_slots, slots)
            return text
        self.ps = _ProbeState()
        self.fn = f
        self.probe_kind = set()
        self.tp_nargs = 0
        self.umark_nargs = 0
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
        # stap elides a function nothing calls; for embedded C that matters: its C is
        # not compiled at all
        called = {x.name for x in _walk(self.prog) if isinstance(x, n.FuncCall)}
        functions = [f for f in self.prog.functions if f.c_body is None or f.name in called]
        fn_fns = [self.function_fn(f) for f in functions]
        probe_fns = [self.probe_fn(i, p) for i, p in enumerate(self.prog.probes)]
        if fn_fns:
            protos = "".join(f"{self.fn_signature(f)};\n" for f in functions)
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
        procsels: list[dict] = []
        procfs: dict[str, dict] = {}
        nfhooks: list[dict] = []
        perfs: list[dict] = []
        for i, (probe, rps) in enumerate(zip(self.prog.probes, self.an.points)):
            for rp in rps:
                p = rp.point
                if p.target_only:
                    # the session writes the command's pid (the handshake it makes
                    # for modules that read $target / $__CPID): user functions and
                    # markers of its process alone
                    self.uses.add("target")
                if p.kind == "syscall":
                    every = p.name == "*" or len(rp.syscalls) == len(self.an.target.syscalls)
                    entry = {"probe": i, "bits": len(sys_enter) + len(sys_exit),
                             "nrs": [] if every else sorted(nr for _, nr in rp.syscalls),
                             "pp": p.spelling or p.name}
                    entry["defer"] = None
                    if not (rp.syscalls or every):
                        continue
                    fault_in = bool(self.prog.options.get("user_strings_fault_in"))
                    if not p.is_return and len(deferred) < 32 and _reads_user_strings(probe, fault_in):
                        if fault_in:  # which arguments are strings: the syscall's own table
                            self.sysc.strargs.update(
                                [name for name, _ in rp.syscalls] if rp.syscalls else list(self.sysc.nrs))
                        entry["defer"] = len(deferred)
                        deferred.append(entry)
                    (sys_exit if p.is_return else sys_enter).append(entry)
                elif p.kind == "kfunc":
                    for fn in rp.functions:
                        # one kprobe per function and side, its clauses called in
                        # script order (kprobes on one address run newest first)
                        k = next((k for k in kprobes if k["fn"] == fn and k["ret"] == p.is_return), None)
                        if k is None:
                            # a module's function is `module:function` (kprobes
                            # look that form up in the module); probefunc is the function
                            k = {"id": len(kprobes), "fn": fn, "sym": c_string(fn),
                                 "func": c_string(fn.rpartition(":")[2]),
                                 "ret": p.is_return, "probes": [], "maxactive": 0}
                            kprobes.append(k)
                        # clauses sharing the kretprobe: the largest pool any asks for
                        k["maxactive"] = max(k["maxactive"], p.maxactive)
                        k["probes"].append({"probe": i, "pp": c_string(_site_pp(p, fn)),
                                            "when": _site_check(p, "kprobe"),
                                            "order": _SITE_ORDER.get(p.when, 1),
                                            **_refusal_words(p, fn)})
                elif p.kind == "timer":
                    # one timer per probe, its clauses called in script order: D runs
                    # every clause of `tick-1ms` on each tick, one after the other
                    # (tst.index.d's clauses read what the ones before them set); a
                    # timer of their own each would drift apart (stap leaves the order
                    # of its timer probes unsaid, and this is one)
                    name = (p.spelling or "timer").rsplit(":", 1)[-1]
                    t = next((t for t in timers if not p.randomize_ns and not t["rand"]
                              and (t["ns"], t["per_cpu"], t["name"]) == (p.period_ns, p.per_cpu, name)),
                             None)
                    if t is None:
                        t = {"id": len(timers), "ns": p.period_ns, "name": name, "per_cpu": p.per_cpu,
                             "rand": p.randomize_ns, "probes": []}
                        timers.append(t)
                    t["probes"].append({"probe": i, "pp": c_string(p.spelling or "timer")})
                elif p.kind == "ufunc":
                    for fn, off in rp.ufuncs:
                        uprobes.append({"probe": i, "id": len(uprobes), "path": c_string(rp.binary),
                                        "mod": c_string(rp.binary.rsplit("/", 1)[-1]),
                                        "offset": off, "ret": p.is_return, "sym": c_string(fn),
                                        "pp": c_string(_site_pp(p, fn)), "pid": _uprobe_pid(p),
                                        "mark": None, "ref_ctr": 0,
                                        # one of a pattern's functions: left out where
                                        # the kernel cannot probe it (xt_uprobe.h)
                                        "optional": p.optional or any(c in p.name for c in "*?[")})
                elif p.kind == "umark":
                    for mk in rp.umarks:
                        # the marker's arguments go to the tracepoint argument slots,
                        # where $argN / args[N] read them (ir.sdtnotes, backend_c.sdtargs)
                        uprobes.append({"probe": i, "id": len(uprobes), "path": c_string(rp.binary),
                                        "mod": c_string(rp.binary.rsplit("/", 1)[-1]),
                                        "offset": mk.pc_offset, "ref_ctr": mk.sem_offset,
                                        "ret": False, "sym": '""',
                                        # D spells a marker's `__` as `-` (function-entry)
                                        "mark": c_string(mk.name.replace("__", "-")
                                                         if self.prog.lang == "d" else mk.name),
                                        "prov": c_string(mk.provider),
                                        "args": [arg_c(a, mk.pc) for a in mk.args],
                                        "pp": c_string(_mark_pp(p, rp.binary, mk.provider, mk.name)),
                                        "pid": _uprobe_pid(p), "optional": False})
                elif p.kind == "proc":
                    sel = len(procsels)
                    procsels.append({"probe": i, "begin": p.name.endswith("begin"),
                                     "thread": p.name.startswith("thread."), "pid": p.pid or 0,
                                     "path": c_string(p.binary) if p.binary else "NULL",
                                     "pp": c_string(p.spelling or f"process.{p.name}")})
                    for tp in rp.tracepoints:
                        _tp_site(tps, tp)["probes"].append({
                            "probe": i, "pp": c_string(p.spelling or tp.key), "proc": sel,
                            "ev": tp.key.split("_")[-1], "order": 1 if p.name.endswith("begin") else 0})
                elif p.kind == "tracepoint":
                    for tp in rp.tracepoints:
                        _tp_site(tps, tp)["probes"].append({"probe": i, "pp": c_string(kinfo.site_pp(p, tp.key)),
                                                            "when": _site_check(p, "tracepoint")})
                elif p.kind == "procfs":
                    _procfs_file(procfs, p, probe.loc)[p.procfs].append(
                        {"probe": i, "pp": c_string(p.spelling or f"procfs.{p.procfs}")})
                elif p.kind == "perf":
                    perfs.append(_perf_event(len(perfs), i, p))
                elif p.kind == "netfilter":
                    nfhooks.append({"id": len(nfhooks), "probe": i, "hook": _nf_const(p.name),
                                    "pf": _nf_const(p.pf), "priority": _nf_const(p.priority),
                                    "pp": c_string(p.spelling or "netfilter")})
        for k in kprobes:
            k["probes"].sort(key=lambda e: e["order"])  # stable: script order otherwise
        for site in tps.values():
            # at an exec stap ends the old image before it begins the new one
            if "sched_process_exec" in site["event"]:
                site["probes"].sort(key=lambda e: e.get("order", 1))
        for e in sys_enter + sys_exit:
            e["pp"] = c_string(e["pp"])
        need_names = "probefunc" in self.uses and (sys_enter or sys_exit)
        rename = STAP_NAME_OF if self.prog.options.get("syscall_names") == "stap" else {}
        syscall_names = sorted(((nr, c_string(rename.get(nm, nm)))
                                for nm, nr in self.an.target.syscalls.items())) if need_names else []
        # stap's syscall_name(nr): the kernel's own names
        sysnames = sorted((nr, c_string(nm)) for nm, nr in self.an.target.syscalls.items()) \
            if "sysnames" in self.uses else []
        headers = ["xt_core.h", "xt_str.h"]
        if "time" in self.uses:
            headers.append("xt_time.h")
        if "kinfo" in self.uses:
            headers.append("xt_kinfo.h")
        if self.regexes or "rematch" in self.uses:
            headers.append("xt_regex.h")
            probe_fns = [self.regex_tables()] + probe_fns
        if "probe_id" in self.uses:
            probe_fns = [self.probe_id_table()] + probe_fns
        if "fault_id" in self.uses:
            probe_fns = probe_fns + [self.fault_id_fn()]
        if "spec" in self.uses:
            headers.append("xt_spec.h")
        if self.uses & {"mem", "scratch"}:
            headers.append("xt_mem.h")
        if any(g.kind == "agg" for g in self.prog.globals):
            headers.append("xt_agg.h")
        if any(g.kind == "map" for g in self.prog.globals):
            headers.append("xt_map.h")
        tlmaps = [c_ident(g.name) for g in self.prog.globals if g.kind == "map" and g.per_thread]
        if tlmaps:
            headers.append("xt_tlmap.h")
        if "tls" in self.uses:
            headers.append("xt_tls.h")
        tls_valsize = max([8] + [self.strlen for t in self.an.thread_vars.values() if t.is_str])
        if sys_enter or sys_exit or any(pt.when == "exec_failure" for p in self.prog.probes
                                        for pt in p.points):
            # (exec_failure's check reads the syscall number: asm/syscall.h)
            headers += ["xt_tracepoint.h", "xt_syscall.h"]
        elif tps or "tls" in self.uses or tlmaps:  # thread-locals end at sched_process_exit
            headers.append("xt_tracepoint.h")
        if uprobes:
            headers.append("xt_uprobe.h")
        if procsels:
            headers.append("xt_proc.h")
        procfs_files = [_procfs_mode(f, self.strlen) for f in procfs.values()]
        procfs_dirs = _procfs_dirs(procfs)
        if procfs_files:
            headers.append("xt_procfs.h")
        if nfhooks:
            headers.append("xt_netfilter.h")
        if perfs:
            headers.append("xt_perf.h")
        if "guru" in self.uses:
            headers.append("xt_guru.h")
        ustacks = [st for st in self.stacks if st["user"]]
        ukeys = [size // 8 - 2 for lay in self.layouts.values() for t, size in lay.key_fields
                 if t.kind == "ustack"]
        kstacks = any(not st["user"] for st in self.stacks) or "kstack" in self.uses
        if kstacks:
            headers.append("xt_stack.h")
        if ustacks or "ustack" in self.uses:
            headers.append("xt_ustack.h")
        if "vstack" in self.uses:
            headers.append("xt_vstack.h")
        usym_c, usym_files, usym_seq = "", [], False
        if "usym" in self.uses:
            from .usymtab import mm_lock_seqcount
            headers.append("xt_usym.h")
            usym_c, usym_files = self.usym_tables()
            usym_seq = mm_lock_seqcount(Path(self.an.target.headers))
        if self.signals:
            headers.append("xt_signal.h")
        if "delay" in self.uses:
            headers.append("xt_delay.h")
        if "task" in self.uses:
            headers.append("xt_task.h")
        if "ptree" in self.uses:
            headers.append("xt_ptree.h")
        tracepoints = list(tps.values())
        self.kheaders |= {h for p in self.prog.probes for pt in p.points
                          for h in SITE_HEADERS.get(pt.when or "", ())}
        tp_headers = _with_prereqs(sorted({t["header"] for t in tracepoints} | self.kheaders))
        # every site is one of an.points' tracepoints, so none has more than tp_base
        # positional arguments; the max keeps the array whole regardless
        tpargs = max([len(t["params"]) for t in tracepoints] + [len(u.get("args", ())) for u in uprobes]
                     + [self.tp_base]) + len(self.an.tp_named)
        for t in tracepoints:
            # a clause on tracepoints of different arities reads argN up to the
            # widest one's (D's args[2] of net_dev_xmit beside net_dev_start_xmit):
            # a narrower one's handler clears the slots past its own
            t["zeroed"] = list(range(len(t["params"]), self.tp_base))
            t["named"] = [(self.tp_base + o, t["proto"].arg_index(nm))
                          for nm, o in self.an.tp_named.items() if t["proto"].arg_index(nm) is not None]
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
        # stap runs on without a kprobe the kernel refuses; D and Vue fail the session
        kp_tolerant = self.prog.lang == "stap"
        kp_alone = not (begin or end or sys_enter or sys_exit or timers or tps or uprobes
                        or procsels or procfs or nfhooks or perfs)
        guru_c = (embedc.prelude(Path(self.an.target.headers)) + embedc.blocks(self.prog)
                  if embedc.uses_c(self.prog) else "")
        c_source = TEMPLATES.get_template("module.c.j2").render(
            guru_c=guru_c,
            nshared=len(self.carried.ints), nshared_str=len(self.carried.strs),
            limits=self.limits, nstr=self.max_slots, iterpool=self.iterpool(), keybuf=keybuf, headers=headers,
            signals=self.signals,
            errors_fatal=int(errors_fatal), fault_discards=int(self.prog.lang == "d"), globals_c=globals_c, aggs=aggs, maps=maps, tlmaps=tlmaps,
            probe_fns=probe_fns, begin=begin, end=end, error=error, error_end=error_end, sys_enter=sys_enter, sys_exit=sys_exit,
            nr_syscalls=self.an.target.nr_syscalls, kprobes=kprobes, timers=timers,
            kp_tolerant=kp_tolerant, kp_alone=kp_alone,
            syscall_names=syscall_names, sysnames=sysnames, uses=self.uses, deferred=deferred, scalar_inits=scalar_inits,
            tracepoints=tracepoints, tp_headers=tp_headers, procsels=procsels, procfs=procfs_files, procfs_dirs=procfs_dirs, nfhooks=nfhooks, perfs=perfs, tpargs=tpargs, uprobes=uprobes,
            walk_args="cmdline" in self.uses, usym_c=usym_c, usym_seq=usym_seq,
            stacks=kstacks,
            machinery_prefixes=", ".join(c_string(p) for p in MACHINERY_PREFIXES),
            ustack_depth=max([st["depth"] or min(self.limits["USTACKFRAMES"], 1024) for st in ustacks]
                             + ([min(self.limits["USTACKFRAMES"], 1024)] if "ustack" in self.uses else [])
                             + ukeys,
                             default=0),
            tls={"valsize": tls_valsize, "size": self.limits["DYNVARSIZE"], "nvars": len(self.tls_ids)}
            if "tls" in self.uses else None,
            sysc_c=self.sysc.emit() if (sys_enter or sys_exit) else "",
            source_name=c_string(Path(self.prog.file).name))
        if guru_c:
            c_source = embedc.finish(c_source)
        manifest = {
            "version": 1,
            "lang": self.prog.lang,
            "file": self.prog.file,
            "release": self.an.target.release,
            "quiet": bool(self.prog.options.get("quiet", False)),
            "flowindent": bool(self.prog.options.get("flowindent", False)),
            "errors_fatal": errors_fatal,
            # The job runner passes the guest's view of the host root to uprobe modules.
            "module_params": ({"xt_root": "@ROOT@"} if uprobes else {})
            | ({"xt_uroot": "@ROOT@"} if ustacks or ukeys or "umaps" in self.uses else {})
            | ({"xt_proot": "@ROOT@"} if any(s["path"] != "NULL" for s in procsels) else {})
            | ({"xt_usroot": "@ROOT@"} if usym_c else {}),
            # the files whose symbol tables the module holds (runtime/xt_usym.h)
            "usym_files": usym_files,
            # The session tells the module the command's pid (runtime xt_target_pid).
            "target_pid": "target" in self.uses,
            # (process("PATH") probes compare the executable's inode: the guest gives
            # these files one inode as it does for uprobes)
            "uprobe_files": sorted({rp.binary for rps in self.an.points for rp in rps
                                    if rp.ufuncs or rp.umarks}
                                   | {rp.point.binary for rps in self.an.points for rp in rps
                                      if rp.point.kind == "proc" and rp.point.binary}),
            "overload_percent": self.limits["OVERLOAD_PERCENT"],
            "maxstringlen": self.strlen,
            "regexes": list(self.regexes),
            "formats": self.formats,
            "stacks": self.stacks,
            "sites": self.sites,
            "probes": [[p.spelling or p.kind for p in probe.points] for probe in self.prog.probes],
            "prints": self.prints,
            "probe_ids": self.probe_ids(),
            "fault_probes": self.fault_probes() if self.prog.lang == "d" else {},
            "kallsyms": str(self.an.target.kallsyms) if getattr(self.an.target, "kallsyms", None) else None,
            "kallsyms_modules": (str(self.an.target.kallsyms_modules)
                                 if getattr(self.an.target, "kallsyms_modules", None) else None),
            "agg_options": dict(self.prog.options.get("aggsort", {})),
            # printf's %Y with a strftime format (Vue's %A dates), None: DTrace's layout
            "date_format": self.prog.options.get("date_format"),
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


def _skb_protocol(position: int, protocol: str) -> tuple[str, str]:
    """A kprobe's test that its `position`th argument, an skb, is a socket's of
    `protocol` (a packet no socket owns is not)."""
    skb = f"((struct sk_buff *)regs_get_kernel_argument(regs, {position}))"
    return ("kprobe", f"{skb}->sk && {skb}->sk->sk_protocol == {protocol}")


# ir.ProbePoint.when -> the C condition a hit must meet, where the probe fires: in a
# kprobe handler (regs; current is the probed task) or a tracepoint's (its
# arguments a0_, a1_, ...: sched_process_fork's are the parent and the child).
SITE_CHECKS: dict[str, tuple[str, str]] = {
    # a new task's first schedule_tail(): a process's first thread / any user thread
    "start_process": ("kprobe", "!(current->flags & PF_KTHREAD) && current->pid == current->tgid"),
    "start_user": ("kprobe", "!(current->flags & PF_KTHREAD)"),
    # taskstats_exit(tsk, group_dead)
    "group_dead": ("kprobe", "regs_get_kernel_argument(regs, 1) != 0"),
    "fork_process": ("tracepoint", "((struct task_struct *)a1_)->pid == ((struct task_struct *)a1_)->tgid"),
    "fork_thread": ("tracepoint", "((struct task_struct *)a1_)->pid != ((struct task_struct *)a1_)->tgid"),
    # raw_syscalls:sys_exit(regs, ret) of an execve/execveat that failed (a failed
    # exec returns; one that succeeds, or fails past the point of no return, does not)
    "exec_failure": ("tracepoint", "a1_ < 0 && (syscall_get_nr(current, a0_) == __NR_execve "
                                   "|| syscall_get_nr(current, a0_) == __NR_execveat)"),
    # D's tcp provider (frontends/d/tcpprovider.py): inet_sock_set_state(sk, old, new)
    # of a TCP socket, but to SYN_RECV (inet_csk_clone_lock's, of the request);
    # ip_queue_xmit(sk, skb, fl) and tcp_reset(sk, skb) of one in SYN_SENT (its SYN,
    # the RST refusing it);
    # tcp_init_transfer(sk, bpf_op, skb) of a passive open (BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB)
    "tcp_socket": ("tracepoint", "((struct sock *)a0_)->sk_protocol == IPPROTO_TCP && a2_ != TCP_SYN_RECV"),
    "tcp_syn_sent": ("kprobe", "((struct sock *)regs_get_kernel_argument(regs, 0))->sk_state == TCP_SYN_SENT"),
    "tcp_passive_established": ("kprobe", "regs_get_kernel_argument(regs, 1) == BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB"),
    # D's udp provider (frontends/d/udpprovider.py): udp_queue_rcv_skb(sk, skb) of a UDP
    # socket (not UDP-Lite's); ip_send_skb(net, skb) of a UDP socket's datagram (not
    # ICMP's, raw sockets' or UDP-Lite's)
    "udp_socket": ("kprobe", "((struct sock *)regs_get_kernel_argument(regs, 0))->sk_protocol == IPPROTO_UDP"),
    "udp_skb_socket": _skb_protocol(1, "IPPROTO_UDP"),
    "udp_skb_first_socket": _skb_protocol(0, "IPPROTO_UDP"),  # ip6_send_skb(skb)
}
# the kernel headers a `when`'s condition needs
SITE_HEADERS: dict[str, tuple[str, ...]] = {
    "tcp_socket": ("net/sock.h", "net/tcp_states.h"),
    "tcp_syn_sent": ("net/sock.h", "net/tcp_states.h"),
    "tcp_passive_established": ("linux/bpf.h",),
    "udp_socket": ("net/sock.h",),
    "udp_skb_socket": ("net/sock.h", "linux/skbuff.h"),
    "udp_skb_first_socket": ("net/sock.h", "linux/skbuff.h"),
}

# Where points share a site, the hits of some come first whatever the script's
# order (a probe runs all its clauses before the next probe fires): a process
# starts before its first thread does, and its last thread ends before it does.
# A clause returns at once when an exit() earlier in the same event has ended the
# session (state XT_EXITING): D's later clauses, stap's later probes.
_SKIP_AFTER_EXIT = "\tif (unlikely(READ_ONCE(xt_state) == XT_EXITING))\n\t\treturn;"


def _stap_skips_after_exit(probe: n.Probe) -> bool:
    """Whether a stap probe is skipped once exit() ended the session: all but the
    end and error probes, which run after it."""
    return not any(pt.kind in ("end", "error", "error_end") for pt in probe.points)


_SITE_ORDER = {"start_process": 0, "group_dead": 2}


def _uprobe_pid(p: n.ProbePoint) -> Optional[str]:
    """The C value of the one process whose hits of user-space point `p` count
    (None: every process running the file). A uprobe sits on the file, so each
    process mapping it hits it; the handler drops the others' hits. The -c / -X
    command's pid is the module parameter the session writes before the command
    runs (0 until then: no user process has pid 0, so nothing passes)."""
    if p.pid is not None:
        return str(p.pid)
    if p.target_only:
        return "READ_ONCE(xt_target_pid)"
    return None


def _site_check(p: n.ProbePoint, site: str) -> str:
    """The C condition of point `p`'s `when` at a `site` ('kprobe'/'tracepoint'), or ''."""
    if not p.when:
        return ""
    where, cond = SITE_CHECKS[p.when]
    assert where == site, f"{p.when} is checked in a {where}, not a {site}"
    return cond


_PERF_KINDS = {0: "hardware", 1: "software", 3: "hardware cache"}


def _perf_event(pid: int, probe: int, p: n.ProbePoint) -> dict:
    """The template's view of a perf point: its attr, and what the session says
    when the kernel does not offer the event (the runtime adds the reason)."""
    spelling = (p.spelling or "perf").rstrip("?!")
    kind = _PERF_KINDS.get(p.perf_type)
    what = (f"{kind} perf event '{p.name}'" if kind and p.name else
            f"perf event of type {p.perf_type}, config {p.perf_config:#x}")
    if p.perf_type == 5:
        # stap's pp() of a watchpoint names it by its address
        watch = f"kernel.data({p.bp_addr:#x}).{'write' if p.bp_type == 2 else 'rw'}"
        return {"id": pid, "probe": probe, "type": 5, "config": 0, "sample": 1,
                "optional": p.optional, "pp": c_string(watch), "hw": True,
                "bp": {"addr": f"{p.bp_addr:#x}UL", "len": p.bp_len, "type": p.bp_type},
                "what": c_string(f"probe point {watch}: the kernel set no hardware watchpoint")}
    return {"id": pid, "probe": probe, "type": p.perf_type, "config": p.perf_config,
            "sample": p.sample, "optional": p.optional, "bp": None,
            # stap's pp() of a perf probe is its builder's point, however written
            "pp": c_string(f"perf.type({p.perf_type}).config({p.perf_config}).sample({p.sample})"),
            "hw": p.perf_type in (0, 3),
            "what": c_string(f"probe point {spelling}: this kernel offers no {what}")}


def _nf_const(text: str) -> str:
    """A netfilter point's hook, family or priority as C: a number, or (stap -g) the
    name of a kernel constant, which the frontend keeps to a C identifier."""
    if re.fullmatch(r"-?\d+", text):
        return f"({text})" if int(text) >= -(1 << 31) + 1 else "INT_MIN"
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text), "frontends/stap/netfilter.py"
    return text


def _procfs_file(files: dict[str, dict], p: n.ProbePoint, loc: Optional[Loc]) -> dict:
    """The one file of procfs point `p` in `files` (made on first use): the read and
    write probes of a name share it; its maxsize is the largest asked, its umask
    the first given."""
    f = files.get(p.name)
    if f is None:
        f = files[p.name] = {"id": len(files), "name": c_string(p.name), "read": [], "write": [],
                             "maxsize": 0, "umask": None, "loc": loc}
    f["maxsize"] = max(f["maxsize"], p.maxsize)
    if f["umask"] is None:
        f["umask"] = p.umask
    return f


def _procfs_dirs(names: dict[str, dict]) -> list[str]:
    """The subdirectories the procfs files `names` need (C strings), each after its
    parent: "a/b/f" needs "a" then "a/b". A name that is both a file and a directory
    (`procfs("a")` and `procfs("a/f")`) is an error: procfs can make only one."""
    dirs: list[str] = []
    for name in names:
        parts = name.split("/")[:-1]
        for k in range(1, len(parts) + 1):
            d = "/".join(parts[:k])
            if d in names:
                raise XtraceError(f"procfs path '{d}' is both a file and the directory of "
                                  f"'{name}'", names[name]["loc"])
            if d not in dirs:
                dirs.append(d)
    dirs.sort(key=lambda d: d.count("/"))
    return [c_string(d) for d in dirs]


def _procfs_mode(f: dict, strlen: int) -> dict:
    """`f` with its mode and buffer size: stap's 0400 (read), 0200 (write), 0600 (both),
    or with a umask 0444/0222/0666 less the umask's bits; the read buffer is maxsize
    bytes, MAXSTRINGLEN without one (stap's STP_PROCFS_BUFSIZE)."""
    r, w = bool(f["read"]), bool(f["write"])
    if f["umask"] is None:
        mode = (0o400 if r else 0) | (0o200 if w else 0)
    else:
        mode = ((0o444 if r else 0) | (0o222 if w else 0)) & ~f["umask"]
    return dict(f, mode=f"0{mode:o}", maxsize=f["maxsize"] or strlen)


# Tracepoint headers that use a kernel type without including its header (the
# kernel's own users include it first): the headers to include before them.
_TP_PREREQS = {"trace/events/irq.h": ["linux/interrupt.h"]}


def _with_prereqs(headers: list[str]) -> list[str]:
    """`headers` with each one's prerequisites before it, each header once."""
    out: list[str] = []
    for h in headers:
        out += [p for p in _TP_PREREQS.get(h, []) + [h] if p not in out]
    return out


def _tp_site(tps: dict[str, dict], tp) -> dict:
    """The one attachment of tracepoint `tp` in `tps` (made on first use): every
    probe on it is called from the same handler."""
    site = tps.get(tp.key)
    if site is None:
        site = tps[tp.key] = {"id": len(tps), "event": c_string(tp.event), "header": tp.header,
                              "params": [(ty, "*" in ty) for ty, _ in tp.params], "probes": [],
                              "proto": tp}
    return site


def generate(an: Analysis, limits: dict[str, int] | None = None) -> GeneratedModule:
    """Generate the C module and manifest for an analyzed program."""
    return CodeGen(an, limits).generate()


def _walk(x, seen=None):
    """Every IR node under x (the program's probes and functions), pre-order."""
    import dataclasses
    if isinstance(x, list):
        for item in x:
            yield from _walk(item)
        return
    if not dataclasses.is_dataclass(x):
        return
    yield x
    for f in dataclasses.fields(x):
        v = getattr(x, f.name)
        if isinstance(v, list) or dataclasses.is_dataclass(v):
            yield from _walk(v)


def _mark_pp(p: n.ProbePoint, binary: str, provider: str, name: str) -> str:
    """stap's pp() at an SDT marker: the file and the marker that fired, as stap
    names them whatever glob or -c form the point was written with."""
    prov = f'.provider("{provider}")' if p.module else ""
    return f'process("{binary}"){prov}.mark("{name}")'


def _refusal_words(p: n.ProbePoint, fn: str) -> dict:
    """How stap reports a kprobe of point `p` at function `fn` that the kernel refuses
    (runtime/linux/kprobes.c, stapkp_init): `warn`, whether it says so at all (not for
    an optional point, nor for a module's function); `by_name`, whether it names the
    symbol (a kprobe.function point, registered by name) rather than the address;
    `named`, the probe point it names (C string)."""
    # a tapset alias's point (vfs.read) has no spelling of its own: stap names the
    # kernel.function probe it stands for
    named = _site_pp(p, fn) if p.spelling else \
        f'kernel.function("{fn}")' + (".return" if p.is_return else "")
    return {"warn": not p.optional and not p.module and ":" not in fn,
            "by_name": (p.spelling or "").startswith("kprobe."), "named": c_string(named)}


def _site_pp(p: n.ProbePoint, fn: str) -> str:
    """stap's pp() at one function a kernel or process function point's pattern
    matched: the point with the function that fired in place of the pattern
    (`kernel.function("vfs_rea?")` fires as `kernel.function("vfs_read")`, as stap
    names it, less debuginfo's @file:line)."""
    if not p.spelling:
        return fn
    if any(c in p.name for c in "*?[") and f'"{p.name}"' in p.spelling:
        return p.spelling.replace(f'"{p.name}"', f'"{fn.rpartition(":")[2]}"', 1)
    return p.spelling
