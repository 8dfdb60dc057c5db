"""User-side partner of xt_core.h: decodes the module's out stream.

The module writes binary records (see the XT_REC_* enum in xt_core.h); this
decoder turns them into the text the user sees, using the manifest written at
build time for formats, key layouts and error locations.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Callable, Optional, TextIO

from .aggprint import (AggRow, HIST_FUNCS, _ordered, format_agg, format_map, format_multi,
                       format_var, shown_rows, with_options)
from .vueprint import format_ptree, format_vue_map
from . import doptval
from .doptval import RUNTIME_OPTIONS
from .stacks import KernelSymbols, dtrace_stack, probe_frames, stap_backtrace, vue_stktrace
from .ustack import D_USER_TEXT, DSymKey, Mapping, UserMaps, d_user_key, dtrace_ustack, stap_ubacktrace
from .symstr import SymStrings, vue_stack_frames
from .faultwords import d_where, stap_addr_words
from .flow import HEADING as FLOW_HEADING, FlowIndent, ProbeKey
from .format import Symbolizer, apply_format, compile_format, symbolizer_of, stap_pieces, dated_pieces

REC_PAD, REC_PRINTF, REC_ERROR, REC_AGG_BEGIN, REC_AGG_ENTRY, REC_AGG_END = range(6)
REC_EXIT, REC_VAR, REC_MAP_ENTRY, REC_TRAILER, REC_FATAL, REC_MAP_END, REC_STACK = range(6, 13)
PTREE_COMM = 16  # TASK_COMM_LEN: the name field of a ptree entry (runtime/xt_ptree.h)
REC_USTACK, REC_UMAP = 16, 17  # runtime/xt_ustack.h
REC_WARN = 18  # a stap runtime WARNING (xt_warn)
REC_SPEC, REC_SPEC_END, REC_MEM = range(13, 16)
_HDR = struct.Struct("<IHHQ")

# Fault names as each tool words them (error codes of xt_core.h).
ERROR_TEXT = {
    1: "division by 0",
    2: "MAXACTION exceeded",
    3: "Array overflow, check MAXMAPENTRIES",
    4: "invalid address",
    5: "array locked by another CPU for too long",
    7: "MAXNESTING exceeded",
    8: "illegal operation",
    9: "out of scratch space",
    11: "empty aggregate",
    12: "histogram index out of range",
}
D_FAULT = {
    1: "divide-by-zero",
    2: "action budget (MAXACTION) exhausted",
    3: "out of dynamic variable space (MAXMAPENTRIES)",
    4: "invalid address",
    5: "array locked by another CPU for too long",
    7: "function nesting too deep (MAXNESTING)",
    8: "illegal operation",
    9: "out of scratch space",
}
N_ERROR_CODES = 13
E_MAPFULL = 3


def error_text(code: int, site: dict) -> str:
    """stap's words for fault `code` at `site` (a full array with its own size
    names that size instead of MAXMAPENTRIES)."""
    if code == E_MAPFULL and site.get("limit"):
        return f"Array overflow, check size limit ({site['limit']})"
    return ERROR_TEXT.get(code, f"error {code}")

# stap's error(msg): the record carries the script's message.
E_USER = 10
# stapio's table of the warnings it has printed (its MAX_STORED_WARNINGS)
MAX_STORED_WARNINGS = 1024
# Not a fault: thread-local assignments dropped because the table was full.
E_DYNDROP = 6


def raw_bytes(data: bytes) -> str:
    """DTrace's hex dump of bytes (dt_print_rawbytes, as tracemem() prints them):
    a header line naming the 16 columns, then per 16 bytes the offset, the bytes
    in hex and as characters ('.' for anything not printable ASCII)."""
    if not data:
        return ""
    margin = " " * 5
    lines = ["\n" + margin + " " * 6 + "".join(f"  {c}" for c in "0123456789abcdef")
             + "  0123456789abcdef\n"]
    for i in range(0, len(data), 16):
        row = data[i:i + 16]
        hexes = "".join(f" {b:02x}" for b in row) + "   " * (16 - len(row))
        text = "".join(chr(b) if 0x20 <= b <= 0x7e else "." for b in row)
        lines.append(f"{margin}{i:5x}:{hexes}  {text}\n")
    return "".join(lines)


def decode_key(data: bytes, fields: list[dict],
               ustack: Optional[Callable[[str, int, list[int]], str]] = None) -> tuple:
    """Decode a packed key (ints as s64, strings NUL-padded) into a tuple; a user
    or kernel stack key becomes its printed text, by `ustack`; a key of D's
    ufunc()/uaddr()/umod() (process, snapshot, address) its DSymKey, by `ustack`
    called with the kind, the snapshot and [pid, address]."""
    out, off = [], 0
    for f in fields:
        raw = data[off:off + f["size"]]
        if f["kind"] in D_USER_TEXT:
            pid, slot, addr = struct.unpack_from("<QQQ", raw)
            out.append(ustack(f["kind"], slot, [pid, addr]) if ustack
                       else DSymKey(f"0x{addr:x}", (pid, addr)))
        elif f["kind"] in ("d_func", "d_mod"):  # the address it is ordered by, the text
            (order,) = struct.unpack_from("<Q", raw)
            text = raw[8:].split(b"\0", 1)[0].decode("utf-8", "replace")
            out.append(DSymKey(text, (order, text)))
        elif f["kind"] in ("ustack", "kstack"):
            # ustack: (address-space slot, count, frames); kstack: (depth, count, frames)
            slot, n = struct.unpack_from("<QQ", raw)
            addrs = list(struct.unpack_from(f"<{n}Q", raw, 16))
            out.append(ustack(f["kind"], slot, addrs) if ustack else " ".join(f"0x{a:x}" for a in addrs))
        elif f["kind"] == "str":
            out.append(raw.split(b"\0", 1)[0].decode("utf-8", "replace"))
        else:
            out.append(struct.unpack_from("<q", raw)[0])
        off += f["size"]
    return tuple(out)


def decode_agg_entry(payload: bytes, agg: dict,
                     ustack: Optional[Callable[[str, int, list[int]], str]] = None) -> AggRow:
    """One CPU's element of an aggregation (see xt_agg_put in xt_agg.h): key, count,
    sum, min, max, then what the aggregation's spec keeps: the sum of squares
    (lo, hi), stap's Welford state (avg_s, M2, variance_s), and the buckets from
    the first to the last non-zero one (u32 first, u32 n, n s64)."""
    spec = agg.get("spec") or {}
    key = decode_key(payload, agg["keys"], ustack)
    off = agg["keysize"]
    count, total, lo, hi = struct.unpack_from("<qqqq", payload, off)
    off += 32
    row = AggRow(key, count, total, lo, hi, spec=spec)
    if spec.get("sumsq"):
        sq_lo, sq_hi = struct.unpack_from("<QQ", payload, off)
        row.sumsq = sq_lo | (sq_hi << 64)
        off += 16
    if spec.get("welford_shift") is not None:
        avg_s, _m2, var_s = struct.unpack_from("<qqq", payload, off)
        row.parts = [(count, avg_s, var_s)]
        off += 24
    if spec.get("nbuckets"):
        first, n = struct.unpack_from("<II", payload, off)
        vals = struct.unpack_from(f"<{n}q", payload, off + 8)
        row.buckets = {first + i: v for i, v in enumerate(vals) if v}
    return row


@dataclass
class AggState:
    """What D's consumer remembers about one aggregation between prints."""

    normal: int = 1                                         # normalize(@, n)
    ghosts: set = field(default_factory=set)                # keys clear() zeroed
    base: dict = field(default_factory=dict)                # trunc(@, n): key -> row removed
    trunc_n: int | None = None                              # trunc(@, n) about to apply


def _minus(r: AggRow, b: AggRow) -> AggRow:
    """r with b's contribution taken out (min/max cannot be: they stay the kernel's)."""
    buckets = None
    if r.buckets is not None:
        buckets = {i: c - (b.buckets or {}).get(i, 0) for i, c in r.buckets.items()}
        buckets = {i: c for i, c in buckets.items() if c}
    return AggRow(r.key, r.count - b.count, r.sum - b.sum, r.min, r.max, r.sumsq - b.sumsq,
                  list(r.parts), buckets, spec=r.spec)


@dataclass
class SessionResult:
    exit_status: int = 0
    errors: int = 0
    skipped: int = 0
    missed: int = 0  # hits the kernel's kprobes layer lost (re-entry, kretprobe instances)
    drops: dict[int, int] = field(default_factory=dict)
    ended: bool = False  # the trailer arrived: the session ran to its end
    fatal: list[str] = field(default_factory=list)
    cmd_status: int | None = None  # exit status of the -c command, when there was one
    cmd_pid: int | None = None  # its pid (in the sandbox: the guest's)


def _run_here(command: str) -> tuple[bytes, bytes]:
    import subprocess
    # No time limit, as in DTrace: a command that hangs holds up the output.
    done = subprocess.run(["/bin/sh", "-c", command], capture_output=True)
    return done.stdout, done.stderr


def _flow_probe(args: list) -> ProbeKey:
    """(provider, function, name) of a framed record's probe: its arguments are the
    CPU, function and name (the last part of a point as written, for ticks) and,
    with flowindent, the provider."""
    name = str(args[2]).rsplit(":", 1)[-1]
    return (str(args[3]) if len(args) > 3 else "", str(args[1]), name)


class StreamDecoder:
    """Feed it the out stream in chunks of any size; it writes formatted output."""

    def __init__(self, manifest: dict, out: TextIO, err: TextIO,
                 on_exit: Callable[[], None] | None = None) -> None:
        self.m = manifest
        self.out = out
        self.err = err
        self.on_exit = on_exit
        self.buf = b""
        self.formats = [compile_format(f["fmt"]) for f in manifest["formats"]]
        if manifest.get("lang") == "stap":
            self.formats = [stap_pieces(f) for f in self.formats]
        if manifest.get("date_format"):
            self.formats = [dated_pieces(f, manifest["date_format"]) for f in self.formats]
        self.result = SessionResult()
        self.pending_rows: dict[int, dict[tuple, AggRow]] = {}
        self.pending_ends: dict[int, int] = {}
        self.map_rows: dict[int, list] = {}
        self.map_layouts: dict[int, str] = {}  # map id -> layout of its next dump (Vue print)
        self.heading = False  # DTrace's CPU/ID/FUNCTION:NAME heading was printed
        self._desc_of_id: dict[int, str] | None = None  # probe ID -> FUNCTION:NAME (fired_probe)
        self.flow = FlowIndent() if manifest.get("flowindent") else None
        self.next_pos = 0  # the record after the one being decoded, in self.buf
        self.agg_state: dict[int, AggState] = {}
        # D: the aggregations a printa() printed a row of (libdtrace's DTRACE_AGD_PRINTED)
        self.printed_aggs: set[int] = set()
        # D's exit dump printed its one blank line (finish_print)
        self.dump_started = False
        # Set once D's consumer has given up (abort()): the rest of the stream is
        # not shown; `on_abort` asks the session to end.
        self.aborted: str | None = None
        self.on_abort: Callable[[], None] | None = None
        self.options: dict = dict(manifest.get("agg_options") or {})
        # D's speculations: id -> the records made for it, held until commit()
        # or discard() (runtime/xt_spec.h tags them in the kernel).
        self.spec_records: dict[int, list[tuple[int, int, bytes]]] = {}
        # stap's run-time warnings (warn(), user_string_warn()) printed so far: stapio
        # prints each text once (first_warning)
        self.warnings_seen: set[str] = set()
        self.warnings_new = 0  # the distinct ones
        self.pending_note = ""  # stapio's note that its table is full, after the text
        # Where system() commands run: command -> (stdout, stderr); None: here.
        self.run_system: Callable[[str], tuple[bytes, bytes]] | None = None
        # The running kernel's /proc/modules, read when the first symbol is
        # resolved (the module is loaded by then); None: not known.
        self.live_modules: Callable[[], str | None] | None = None
        # The kallsyms lines of this session's own module (loaded after the dump
        # was taken), read with live_modules; None: not known.
        self.live_symbols: Callable[[], str | None] | None = None

    # ------------------------------------------------------------ input
    def feed(self, data: bytes) -> None:
        self.buf += data
        pos = 0
        while len(self.buf) - pos >= _HDR.size:
            length, rtype, rid, _ts = _HDR.unpack_from(self.buf, pos)
            if length < _HDR.size:
                raise ValueError(f"corrupt record of length {length}")
            if len(self.buf) - pos < length:
                break
            self.next_pos = pos + length  # where flowindent looks for the next record
            self.record(rtype, rid, self.buf[pos + _HDR.size:pos + length])
            pos += length
        self.buf = self.buf[pos:]
        self.out.flush()

    def system(self, command: str) -> None:
        """D's system(): run the command now, as libdtrace does when the record is
        consumed (after flushing what was printed before it), its output in order
        with the rest. It runs on the traced machine: `run_system` (the sandbox
        session runs it in the guest), else here."""
        self.out.flush()
        stdout, stderr = (self.run_system or _run_here)(command)
        self.out.write(stdout.decode(errors="replace"))
        self.out.flush()
        if stderr:
            self.err.write(stderr.decode(errors="replace"))

    def first_warning(self, text: str) -> bool:
        """Whether a stap script's text on standard error is to be printed: stapio
        prints each "WARNING: " message the module sends once and drops its repeats.
        Its table of those seen keeps the first MAX_STORED_WARNINGS - 1 texts; it
        says the table is full after the new text that comes two past that, and
        from then on prints every text it has not stored."""
        if not text.startswith("WARNING: "):
            return True
        if text in self.warnings_seen:
            return False
        self.warnings_new += 1
        if self.warnings_new < MAX_STORED_WARNINGS:
            self.warnings_seen.add(text)
        elif self.warnings_new == MAX_STORED_WARNINGS + 1:
            self.pending_note = "WARNING deduplication table full\n"
        return True

    def to_stderr(self, text: str) -> None:
        """Print `text` on stderr after what stdout has so far (and stapio's note
        that its warning table is full, when one is due)."""
        self.out.flush()
        self.err.write(text + self.pending_note)
        self.pending_note = ""
        self.err.flush()

    def abort(self, why: str) -> None:
        """D's consumer gives up as dtrace(1M) does when dtrace_work() fails: it
        says `dtrace: processing aborted: WHY` and exits with status 1, printing
        nothing more (no END output, no aggregations, no drop counts)."""
        if self.aborted is not None:
            return
        self.aborted = why
        self.out.flush()
        self.err.write(f"dtrace: processing aborted: {why}\n")
        self.result.exit_status = 1
        if self.on_abort:
            self.on_abort()

    def record(self, rtype: int, rid: int, payload: bytes) -> None:
        if self.aborted is not None:
            if rtype == REC_TRAILER:  # the session's end, nothing of it shown
                self.result.ended = True
            return
        if rtype == REC_PRINTF:
            entry = self.m["formats"][rid]
            if "frame" in entry:
                self.frame(entry, self.printf_args(rid, payload))
            elif "control" in entry:
                self.control(entry, self.printf_args(rid, payload))
            elif entry.get("ptree"):
                self.out.write(format_ptree(self.printf_args(rid, payload)[0]))
            elif entry.get("system"):
                self.system(apply_format(self.formats[rid], self.printf_args(rid, payload), None,
                                         entry.get("bits"), entry.get("unsigned")))
            else:
                pieces = self.formats[rid]
                sym = self.symbolizer() if any(p.conv in ("a", "A") for p in pieces) else None
                text = apply_format(pieces, self.printf_args(rid, payload), sym, entry.get("bits"),
                                    entry.get("unsigned"))
                if entry.get("stderr"):  # Vue's eprintf: stdout so far goes first
                    if self.m.get("lang") != "stap" or self.first_warning(text):
                        self.to_stderr(text)
                else:
                    self.out.write(text)
        elif rtype == REC_SPEC:
            spec_id, inner = struct.unpack_from("<IH", payload)
            self.spec_records.setdefault(spec_id, []).append((inner, rid, payload[8:]))
        elif rtype == REC_SPEC_END:
            held = self.spec_records.pop(rid, [])
            if struct.unpack_from("<q", payload)[0]:
                for inner, inner_id, inner_payload in held:
                    self.record(inner, inner_id, inner_payload)
        elif rtype == REC_MEM:
            size, shown = struct.unpack_from("<qq", payload)
            self.out.write(raw_bytes(payload[16:16 + min(size, shown)]))
        elif rtype == REC_STACK:
            n = struct.unpack_from("<q", payload)[0]
            addrs = list(struct.unpack_from(f"<{n}Q", payload, 8))
            frames = probe_frames(addrs, self.kernel_symbols())
            layout = self.m["stacks"][rid]["layout"]
            depth = self.m["stacks"][rid].get("depth")
            if depth is not None:
                frames = frames[:depth]
            if layout == "stap":
                self.out.write(stap_backtrace(frames))
            elif layout in ("vue", "vue_raw"):
                self.out.write(vue_stktrace(frames, symbols=layout == "vue"))
            else:
                self.out.write(dtrace_stack(frames))
        elif rtype == REC_UMAP:
            slot, start, end, offset = struct.unpack_from("<QQQQ", payload)
            self.user_maps().add(slot, Mapping(start, end, offset, self.str_at(payload, 32)[0]))
        elif rtype == REC_USTACK:
            slot, n = struct.unpack_from("<QQ", payload)
            maps = self.user_maps()
            frames = [maps.resolve(slot, a) for a in struct.unpack_from(f"<{n}Q", payload, 16)]
            layout = self.m["stacks"][rid]["layout"]
            if layout == "stap":
                self.out.write(stap_ubacktrace(frames))
            elif layout in ("vue", "vue_raw"):
                self.out.write(vue_stktrace(frames, symbols=layout == "vue"))
            else:
                self.out.write(dtrace_ustack(frames))
        elif rtype == REC_ERROR:
            # the code, and in the high half the probe ID of the D probe that fired
            # (0: the clause enables one probe, or the module did not say)
            code, fired = struct.unpack_from("<II", payload)
            if code == E_USER:
                (n,) = struct.unpack_from("<H", payload, 8)
                self.runtime_error(rid, code, None, payload[10:10 + n].decode("utf-8", "replace"),
                                   fired=fired)
            else:
                addr = struct.unpack_from("<Q", payload, 8)[0] if len(payload) >= 16 else None
                self.runtime_error(rid, code, addr, fired=fired)
        elif rtype == REC_AGG_BEGIN:
            # printa(@a, @b) dumps each aggregation under the one print id.
            self.pending_rows.setdefault(rid, {})
        elif rtype == REC_AGG_ENTRY:
            self.agg_entry(rid, payload)
        elif rtype == REC_AGG_END:
            spec = self.m["prints"][rid]
            self.pending_ends[rid] = self.pending_ends.get(rid, 0) + 1
            if self.pending_ends[rid] >= 1 + len(spec.get("more") or []):
                self.finish_print(rid)
        elif rtype == REC_EXIT:
            status, why = struct.unpack_from("<qq", payload)
            if why == 0:
                self.result.exit_status = status
            elif why == 2:
                self.err.write("ERROR: Skipped too many probes, check MAXSKIPPED\n")
                self.result.exit_status = 1
            elif why == 3:
                self.err.write("ERROR: probe overhead exceeded threshold: the probes used more than "
                               f"{self.m.get('overload_percent', 80)}% of a CPU for a second "
                               "(raise it with -D OVERLOAD_PERCENT=N, 0 for no limit)\n")
                self.result.exit_status = 1
            if self.on_exit:
                self.on_exit()
        elif rtype == REC_VAR:
            var = self.m["vars"][rid]
            value = self.str_at(payload, 0)[0] if var["kind"] == "str" else struct.unpack_from("<q", payload)[0]
            self.out.write(format_var(var["name"], value))
        elif rtype == REC_MAP_ENTRY:
            self.map_entry(rid, payload)
        elif rtype == REC_MAP_END:
            rows = self.map_rows.pop(rid, [])
            layout = self.map_layouts.pop(rid, "stap")
            self.out.write(format_vue_map(layout, rows, self.vue_stack_text) if layout != "stap"
                           else format_map(self.m["maps"][rid]["name"], rows))
        elif rtype == REC_TRAILER:
            self.trailer(payload)
        elif rtype == REC_WARN:
            text = f"WARNING: {self.str_at(payload, 0)[0]}\n"
            if self.first_warning(text):
                self.to_stderr(text)
        elif rtype == REC_FATAL:
            msg = self.str_at(payload, 0)[0]
            self.result.fatal.append(msg)
            self.err.write(f"ERROR: {msg}\n")
            if self.result.exit_status == 0:  # the probes never armed: the session failed
                self.result.exit_status = 1

    # ------------------------------------------------------------ records
    @staticmethod
    def str_at(payload: bytes, off: int) -> tuple[str, int]:
        (n,) = struct.unpack_from("<H", payload, off)
        return payload[off + 2:off + 2 + n].decode("utf-8", "replace"), off + 2 + n

    def printf_args(self, fid: int, payload: bytes) -> list:
        args, off = [], 0
        doubles = self.m["formats"][fid].get("doubles", ())
        for i, kind in enumerate(self.m["formats"][fid]["args"]):
            if ":" in kind:  # a symbol string (runtime/symstr.py)
                text, off = self.sym_strings().decode(kind, payload, off, self.str_at)
                args.append(text)
            elif kind == "str":
                s, off = self.str_at(payload, off)
                args.append(s)
            elif kind == "ptree":  # runtime/xt_ptree.h
                (n,) = struct.unpack_from("<q", payload, off)
                off += 8
                entries = []
                for _ in range(n):
                    level, pid = struct.unpack_from("<qq", payload, off)
                    name = payload[off + 16:off + 16 + PTREE_COMM].split(b"\0", 1)[0]
                    entries.append((level, pid, name.decode("utf-8", "replace")))
                    off += 16 + PTREE_COMM
                args.append(entries)
            else:
                # a double's IEEE-754 bits (Vue float variables) are read as the double
                fmt = "<d" if i in doubles else "<q"
                args.append(struct.unpack_from(fmt, payload, off)[0])
                off += 8
        return args

    def ustack_text(self, kind: str, slot: int, addrs: list[int]) -> str:
        """A stack aggregation key as D prints it: ustack()'s frames, or (kind
        "kstack", slot the depth) stack()'s, without the probe's own frames."""
        if kind == "kstack":
            return dtrace_stack(probe_frames(addrs, self.kernel_symbols())[:slot])
        maps = self.user_maps()
        if kind in D_USER_TEXT:  # addrs: the process and the address
            return d_user_key(kind, maps, addrs[0], slot, addrs[1])
        return dtrace_ustack([maps.resolve(slot, a) for a in addrs])

    def vue_stack_text(self, text: str) -> str:
        """A Vue stktrace_t value's frames as print() shows them: as printf's %t does."""
        return vue_stktrace(vue_stack_frames(text, self.kernel_symbols(), self.user_maps), symbols=True)

    def sym_strings(self) -> SymStrings:
        """The writer of stap's symbol strings, made once."""
        if not hasattr(self, "_symstr"):
            self._symstr = SymStrings(self.kernel_symbols, self.user_maps,
                                      int(self.m.get("maxstringlen") or 256), self.m.get("regexes"))
        return self._symstr

    def user_maps(self) -> UserMaps:
        """The user mapping snapshots the module has sent so far."""
        if not hasattr(self, "_umaps"):
            self._umaps = UserMaps()
        return self._umaps

    def _kallsyms(self) -> tuple[str, str | None, str | None, str | None] | None:
        """The target's kallsyms dump, the module list of the boot it was taken
        in, the module list of the running kernel and the running kernel's lines
        of this session's module (None where unknown); read once, for the stack
        symbols and printf's %a alike."""
        if not hasattr(self, "_kdump"):
            self._kdump = self._read_kallsyms()
        return self._kdump

    def _read_kallsyms(self) -> tuple[str, str | None, str | None, str | None] | None:
        path = self.m.get("kallsyms")
        if not path:
            return None
        try:
            with open(path) as f:
                text = f.read()
        except OSError:
            return None
        then = None
        if self.m.get("kallsyms_modules"):
            try:
                with open(self.m["kallsyms_modules"]) as f:
                    then = f.read()
            except OSError:
                pass
        return (text, then, self.live_modules() if self.live_modules else None,
                self.live_symbols() if self.live_symbols else None)

    def _all_symbols(self) -> KernelSymbols | None:
        """Every symbol of the target's kallsyms, parsed once for stacks and %a alike."""
        if not hasattr(self, "_allsyms"):
            dump = self._kallsyms()
            self._allsyms = (KernelSymbols(dump[0], dump[1], dump[2], types=None, live_text=dump[3])
                             if dump else None)
        return self._allsyms

    def kernel_symbols(self) -> KernelSymbols | None:
        """The target's text symbols for stack traces, read once (None if unknown)."""
        if not hasattr(self, "_ksyms"):
            every = self._all_symbols()
            self._ksyms = every.with_types("tTwW") if every else None
        return self._ksyms

    def symbolizer(self) -> Symbolizer | None:
        """printf's %a resolver, read once from the target's kallsyms (when known)."""
        if not hasattr(self, "_sym"):
            every = self._all_symbols()
            self._sym = symbolizer_of(every) if every else None
        return self._sym

    # ------------------------------------------------------------ DTrace output
    def frame(self, entry: dict, args: list) -> None:
        """DTrace's non-quiet record framing: the heading before the first record,
        then `CPU ID FUNCTION:NAME ` (start) or the newline closing the record (end);
        with flowindent, `CPU FUNCTION` and the indented function (runtime/flow.py)."""
        if entry["frame"] == "end":
            self.out.write("\n")
            return
        if self.flow is not None:
            if not self.heading:
                self.out.write(FLOW_HEADING)
                self.heading = True
            column = self.flow.column(entry.get("clause", -1), _flow_probe(args), self._following())
            self.out.write(FlowIndent.line(args[0], column))
            return
        if not self.heading:
            self.out.write(f"{'CPU':>3} {'ID':>6} {'FUNCTION:NAME':>32}\n")
            self.heading = True
        cpu, func, name = args[:3]
        desc = f"{func}:{name.rsplit(':', 1)[-1]}"
        pid = self.m.get("probe_ids", {}).get(desc, 0)
        self.out.write(f"{cpu:3d} {pid:6d} {desc:>32} ")

    def _following(self) -> tuple[int, ProbeKey] | None:
        """(clause, probe) of the next framed record already received, for flowindent's
        returns; None when it has not arrived (DTrace looks in the buffer it holds)."""
        pos = self.next_pos
        while len(self.buf) - pos >= _HDR.size:
            length, rtype, rid, _ts = _HDR.unpack_from(self.buf, pos)
            if length < _HDR.size or len(self.buf) - pos < length:
                return None
            if rtype == REC_PRINTF and self.m["formats"][rid].get("frame") == "start":
                args = self.printf_args(rid, self.buf[pos + _HDR.size:pos + length])
                return self.m["formats"][rid].get("clause", -1), _flow_probe(args)
            pos += length
        return None

    def control(self, entry: dict, args: list) -> None:
        """normalize/denormalize/trunc(@, n)/setopt: state for later prints."""
        op = entry["control"]
        if op == "map_layout":
            self.map_layouts[entry["map"]] = entry["layout"]
            return
        if op == "setopt":
            value = entry.get("value")
            # a one-argument setopt() hands libdtrace "1"; a value dt_opt_runtime
            # refuses leaves the option as it was, with dtrace's complaint
            if value is not None and entry["name"] in RUNTIME_OPTIONS and not doptval.valid(value):
                self.to_stderr(f"dtrace: {self._probe_words(entry.get('probe'))}couldn't set option "
                               f'"{entry["name"]}" to "{value}": {doptval.BAD_VALUE}\n')
                return
            self.options[entry["name"]] = value if value is not None else True
            return
        st = self.agg_state.setdefault(entry["agg"], AggState())
        if op == "normalize":
            st.normal = int(args[0])
        elif op == "denormalize":
            st.normal = 1
        elif op == "trunc":
            st.trunc_n = int(args[0])

    def _probe_words(self, probe: Optional[int]) -> str:
        """libdtrace's `error on enabled probe ID N (ID M: P:M:F:N): ` of the clause
        `probe` (dt_handle_liberr), "" when the manifest cannot name it."""
        if probe is None:
            return ""
        named = self.fired_probe(probe, 0)
        if named is None:
            probes = (self.m.get("probes") or [])
            if not 0 <= probe < len(probes):
                return ""
            named = probe + 1, ", ".join(probes[probe])
        return f"error on enabled probe ID {named[0]} ({named[1]}): "

    def adjusted(self, agg_id: int, rows: list[AggRow]) -> list[AggRow]:
        """The kernel's rows as D's consumer shows them: minus what trunc(@, n) took
        away, plus the keys clear() zeroed (printed with 0 until updated)."""
        st = self.agg_state.get(agg_id)
        if st is None:
            return rows
        out, seen = [], set()
        for r in rows:
            b = st.base.get(r.key)
            if b is not None:
                r = _minus(r, b)
                if r.count <= 0:
                    continue
            seen.add(r.key)
            out.append(r)
        spec = (self.m["aggs"][agg_id].get("spec") or {})
        for k in st.ghosts - seen:
            out.append(AggRow(k, 0, 0, 0, 0, spec=spec, keep=True))
        return out

    def finish_print(self, rid: int) -> None:
        spec = self.m["prints"][rid]
        pending = self.pending_rows.pop(rid, {})
        self.pending_ends.pop(rid, None)
        ids = [spec["agg"], *(spec.get("more") or [])]
        raw = [list(pending.get(a, {}).values()) for a in ids]
        if spec["layout"] in ("clear", "trunc"):
            self.apply_control(spec, raw[0])
            return
        if spec["layout"] == "normalize":
            self.check_normal(spec["agg"], raw[0])
            return
        rows = [self.adjusted(a, r) for a, r in zip(ids, raw)]
        exit_dump = bool(spec.get("unless_printed") or spec.get("exit_dump"))
        if exit_dump:
            if spec["agg"] in self.printed_aggs and spec.get("unless_printed") \
                    or not any(shown_rows(r) for r in rows):
                # a printa() printed it, or it has no row to print: dtrace's exit dump
                # (dtrace_aggregate_print) walks the records, so an aggregation without
                # one prints nothing there, not even the blank line printa() prints
                return
        elif self.m.get("lang") == "d" and any(rows):
            # libdtrace flags each aggregation a printa() prints a row of
            self.printed_aggs.update(ids)
        spec = with_options(spec, self.options) if self.m.get("lang") == "d" else spec
        if spec.get("fmt") and any(p.conv in ("a", "A") for p in compile_format(spec["fmt"])):
            # printa's %a names a kernel address as printf's does
            spec = {**spec, "symbolize": self.symbolizer()}
        normals = [self.agg_state[a].normal if a in self.agg_state else 1 for a in ids]
        aggs = [self.m["aggs"][a] for a in ids]
        if spec.get("more") or (spec["layout"] == "format" and "@" in (spec.get("fmt") or "")
                                and any("@" in p.flags for p in compile_format(spec["fmt"]) if p.conv)):
            self.out.write(format_multi(spec, aggs, rows, normals))
        else:
            if spec["layout"].startswith("vue"):  # stack keys are written by the driver
                spec = {**spec, "stack_text": self.vue_stack_text}
            text = format_agg(spec, aggs[0], rows[0], normals[0])
            if exit_dump and self.dump_started and text.startswith("\n"):
                # dtrace's main() prints one "\n" after the last record, then
                # dtrace_aggregate_print() walks the rows of every aggregation left
                # with no line between two aggregations (dt_print_agg): the blank line
                # each dump here starts with is that "\n", printed once
                text = text[1:]
            self.dump_started = self.dump_started or exit_dump
            self.out.write(text)

    def check_normal(self, agg_id: int, raw: list[AggRow]) -> None:
        """After normalize(@, n) whose n may be 0, the aggregation's elements at that
        point: libdtrace refuses to divide an element by 0 (its aggregation walk
        fails, EDT_BADRVAL) and dtrace aborts; an aggregation with no element has
        nothing to refuse, and the elements it gets later are not normalized."""
        st = self.agg_state.setdefault(agg_id, AggState())
        if st.normal != 0:
            return
        if self.adjusted(agg_id, raw):  # zeroed (cleared) elements are elements too
            self.abort("Invalid return value from callback")
        else:
            st.normal = 1

    def apply_control(self, spec: dict, raw: list[AggRow]) -> None:
        st = self.agg_state.setdefault(spec["agg"], AggState())
        if spec["layout"] == "clear":
            # The kernel zeroed every element: earlier baselines are void, the keys stay.
            st.ghosts |= {r.key for r in self.adjusted(spec["agg"], raw)}
            st.base.clear()
            return
        if not spec.get("with_count"):
            st.ghosts.clear()
            st.base.clear()
            return
        n = st.trunc_n or 0
        st.trunc_n = None
        rows = self.adjusted(spec["agg"], raw)
        func = spec.get("value_func") or "count"
        agg_spec = self.m["aggs"][spec["agg"]].get("spec") or {}
        order = _ordered(rows, {"descending": n > 0}, func if func not in HIST_FUNCS else func, agg_spec)
        keep = {r.key for r in order[:abs(n)]}
        by_key = {r.key: r for r in raw}
        for r in rows:
            if r.key in keep:
                continue
            st.ghosts.discard(r.key)
            if r.key in by_key:
                st.base[r.key] = by_key[r.key]

    def agg_entry(self, agg_id: int, payload: bytes) -> None:
        agg = self.m["aggs"][agg_id]
        part = decode_agg_entry(payload, agg, self.ustack_text)
        # Entries arrive per CPU: merge them here (DESIGN: user space merges).
        for rows_by_agg in self.pending_rows.values():
            rows = rows_by_agg.setdefault(agg_id, {})
            row = rows.get(part.key)
            if row is None:
                rows[part.key] = decode_agg_entry(payload, agg, self.ustack_text)
            else:
                row.merge(part)

    def map_entry(self, map_id: int, payload: bytes) -> None:
        mp = self.m["maps"][map_id]
        key = decode_key(payload, mp["keys"])
        raw = payload[mp["keysize"]:mp["keysize"] + mp["value"]["size"]]
        value = raw.split(b"\0", 1)[0].decode("utf-8", "replace") if mp["value"]["kind"] == "str" \
            else struct.unpack_from("<q", raw)[0]
        self.map_rows.setdefault(map_id, []).append((key, value))

    def fired_probe(self, clause: int, fired: int) -> tuple[int, str] | None:
        """DTrace's (enabled probe ID, `ID N: provider:module:function:name`) of the
        probe of `clause` that faulted: `fired` its probe ID from the error record,
        0 for a clause of one probe. None when the manifest cannot name it."""
        entry = (self.m.get("fault_probes") or {}).get(str(clause))
        if entry is None:
            return None
        first, ids, prov, mod = entry
        if fired == 0 and len(ids) == 1:
            fired = ids[0]
        if fired not in ids:
            return None
        if self._desc_of_id is None:
            self._desc_of_id = {i: d for d, i in (self.m.get("probe_ids") or {}).items()}
        func, _, name = self._desc_of_id[fired].partition(":")
        return first + ids.index(fired), f"ID {fired}: {prov}:{mod}:{func}:{name}"

    def runtime_error(self, site_id: int, code: int, addr: int | None = None,
                      msg: str | None = None, fired: int = 0) -> None:
        """Report a fault at `site_id`; `addr`: the address a failed memory read named;
        `msg`: the script's own message (stap's error()); `fired`: the probe ID of
        the D probe that fired (0: the clause's one probe)."""
        site = self.m["sites"][site_id]
        self.result.errors += 1
        if self.m["lang"] == "d":
            # DTrace goes on after a fault; it names the enabled probe and the action.
            probe = site["probe"]
            pp = ", ".join(self.m["probes"][probe])
            epid = probe + 1
            named = self.fired_probe(probe, fired)
            if named is not None:  # DTrace's words: the enabled probe, then the probe itself
                epid, pp = named
            what = msg if msg is not None else D_FAULT.get(code, f'fault {code}')
            if addr is not None:
                what += f" (0x{addr:x})"
            # DTrace's "at DIF offset N" is the script's FILE:LINE:COL here.
            self.err.write(f"dtrace: error on enabled probe ID {epid} ({pp}): "
                           f"{what} in {d_where(site)} at {site['loc']}\n")
        elif addr is not None:
            words = stap_addr_words(site, self.m["lang"]).text(addr)
            self.err.write(f"ERROR: {words} near {site['what']} at {site['loc']}\n")
        else:
            text = msg if msg is not None else error_text(code, site)
            self.err.write(f"ERROR: {text} near {site['what']} "
                           f"at {site['loc']}\n")

    def trailer(self, payload: bytes) -> None:
        # A print whose end record was dropped (full ring) still shows what arrived:
        # the drop warnings below say it is incomplete.
        for rid in list(self.pending_rows):
            self.finish_print(rid)
        vals = struct.unpack_from(f"<{len(payload) // 8}q", payload)
        skipped, ncpus = vals[0], vals[1]
        errors = list(vals[2:2 + N_ERROR_CODES])
        dyndrops, errors[E_DYNDROP] = errors[E_DYNDROP], 0
        drops = vals[2 + N_ERROR_CODES:2 + N_ERROR_CODES + ncpus]
        # After the drops, as xt_trailer() writes them: missed kprobe hits and
        # the speculation counters.
        missed, spec_drops, spec_unavail = vals[2 + N_ERROR_CODES + ncpus:5 + N_ERROR_CODES + ncpus]
        # Speculations never committed are never printed (DTrace discards them).
        self.spec_records.clear()
        self.result.skipped = skipped
        self.result.missed = missed
        self.result.drops = {cpu: d for cpu, d in enumerate(drops) if d}
        self.result.ended = True
        total_errors = sum(errors)
        if self.m["lang"] == "d":
            for cpu, d in self.result.drops.items():
                self.err.write(f"dtrace: {d} drop{'s' if d != 1 else ''} on CPU {cpu}\n")
            if dyndrops:
                self.err.write(f"dtrace: {dyndrops} dynamic variable drop{'s' if dyndrops != 1 else ''}\n")
            if missed:
                # DTrace's fbt never misses a firing; Linux's kprobes can (a
                # re-entered kprobe, a kretprobe out of instances): say so.
                self.err.write(f"dtrace: {missed} fbt probe firing{'s' if missed != 1 else ''} missed "
                               "by the kernel's kprobes (see -D KRETACTIVE)\n")
            # dt_handle_status's wording for the speculation counters.
            if spec_drops:
                self.err.write(f"dtrace: {spec_drops} speculative drop{'s' if spec_drops > 1 else ''}\n")
            if spec_unavail:
                self.err.write(f"dtrace: {spec_unavail} failed speculation{'s' if spec_unavail > 1 else ''}"
                               " (no speculative buffer available)\n")
        else:
            for cpu, d in self.result.drops.items():
                self.err.write(f"WARNING: {d} records dropped on CPU {cpu}: output buffer full\n")
            if missed:
                self.err.write(f"WARNING: Skipped due to missed kprobe/kretprobe hits: {missed}\n")
            # stap counts the kprobes' misses among its skipped probes.
            if total_errors or skipped or missed:
                self.err.write(f"WARNING: Number of errors: {total_errors}, skipped probes: "
                               f"{skipped + missed}\n")
        if self.m.get("errors_fatal") and total_errors and self.result.exit_status == 0:
            self.result.exit_status = 1
