"""D's flowindent option (`#pragma D option flowindent`, `dtrace -F`) without a kernel:
the option reaching the program and the module's manifest, and the driver's
function column. Expected texts follow dtrace(1M)'s layout: the heading
`%3s %-41s` (CPU, FUNCTION), each probe line `%3d %-41s `, the column indented
two per entry with ` -> `/` <- ` (` => `/` <= ` for the syscall provider) and
`| FUNCTION:NAME` for probes that are neither entries nor returns.
"""

from __future__ import annotations

import io
import struct

from xtrace import frontends
from xtrace.driver import dtrace_args as da
from xtrace.driver import dtrace_cli
from xtrace.runtime.flow import FlowIndent, flow_kind
from xtrace.runtime.stream import REC_PRINTF, StreamDecoder

_HDR = struct.Struct("<IHHQ")


def test_entry_and_return_names():
    assert [flow_kind(n) for n in ("entry", "return", "method-entry", "function-return",
                                   "gentry", "carpentry", "BEGIN", "tick-1s", "returns")] \
        == ["entry", "return", "entry", "return", "", "", "", "", ""]


def test_nesting_moves_two_columns_per_call():
    f = FlowIndent()
    seq = [("syscall", "read", "entry"), ("fbt", "ksys_read", "entry"), ("fbt", "vfs_read", "entry"),
           ("fbt", "vfs_read", "return"), ("profile", "", "tick-1s"), ("fbt", "ksys_read", "return"),
           ("syscall", "read", "return")]
    cols = [f.column(i, p, None) for i, p in enumerate(seq)]
    assert cols == [" => read", "   -> ksys_read", "     -> vfs_read", "     <- vfs_read",
                    "    | :tick-1s", "   <- ksys_read", " <= read"]
    assert f.indent == 0


def test_return_never_goes_below_the_left_edge():
    f = FlowIndent()
    assert f.column(0, ("fbt", "f", "return"), None) == " <- f"
    assert f.column(0, ("fbt", "g", "entry"), None) == " -> g" and f.indent == 2


def test_several_clauses_of_one_firing_move_the_depth_once():
    f = FlowIndent()
    entry, ret = ("fbt", "f", "entry"), ("fbt", "f", "return")
    # two clauses on f:entry: the second prints as neither
    assert f.column(0, entry, None) == " -> f"
    assert f.column(1, entry, None) == "  | f:entry"
    # two clauses on f:return: the first, followed by the other, prints as neither
    assert f.column(2, ret, (3, ret)) == "  | f:return"
    assert f.column(3, ret, None) == " <- f"
    # one clause firing twice in a row (recursion) indents each time
    assert f.column(0, entry, None) == " -> f" and f.column(0, entry, None) == "   -> f"


def _rec(rid: int, payload: bytes = b"") -> bytes:
    return _HDR.pack(_HDR.size + len(payload), REC_PRINTF, rid, 0) + payload


def _frame(cpu: int, func: str, name: str, prov: str) -> bytes:
    out = struct.pack("<q", cpu)
    for s in (func, name, prov):
        out += struct.pack("<H", len(s.encode())) + s.encode()
    return out


def _manifest() -> dict:
    start = {"fmt": "%3d %6d %32s ", "args": ["int", "str", "str", "str"], "frame": "start"}
    return {"lang": "d", "flowindent": True, "formats": [
        {**start, "clause": 0}, {"fmt": "\n", "args": [], "frame": "end"},
        {**start, "clause": 1}, {"fmt": "x", "args": []}],
        "prints": [], "sites": [], "probes": [], "vars": [], "maps": [], "aggs": []}


def test_decoder_prints_the_heading_and_looks_ahead_in_the_stream():
    out = io.StringIO()
    dec = StreamDecoder(_manifest(), out, io.StringIO())
    stream = (_rec(0, _frame(0, "", "BEGIN", "dtrace")) + _rec(1)
              + _rec(0, _frame(1, "f", "entry", "fbt")) + _rec(3) + _rec(1)
              # f:return has two clauses: only the second comes back out
              + _rec(0, _frame(1, "f", "return", "fbt")) + _rec(1)
              + _rec(2, _frame(1, "f", "return", "fbt")) + _rec(1))
    dec.feed(stream[:7])  # records arrive in pieces of any size
    dec.feed(stream[7:])
    assert out.getvalue() == ("CPU FUNCTION                                 \n"
                              "  0 | :BEGIN                                  \n"
                              "  1  -> f                                     x\n"
                              "  1   | f:return                              \n"
                              "  1  <- f                                     \n")


def test_pragma_shebang_and_dash_F_set_the_option(tmp_path):
    assert frontends.parse("#pragma D option flowindent\nBEGIN {}", "t.d", "d").options["flowindent"]
    assert frontends.parse("#!/usr/sbin/dtrace -Fs\nBEGIN {}", "t.d", "d").options["flowindent"]
    assert not frontends.parse("BEGIN {}", "t.d", "d").options.get("flowindent")
    f = tmp_path / "t.d"
    f.write_text("BEGIN {}\n")
    o = da.parse_args(["-Fs", str(f)])
    assert o.flowindent
    assert dtrace_cli._compile(o, 0)[1].options["flowindent"]
    assert dtrace_cli._compile(da.parse_args(["-x", "flowindent", "-s", str(f)]), 0)[1].options["flowindent"]


def _manifest_of(src: str) -> dict:
    from xtrace.backend_c.codegen import generate
    from xtrace.driver.targets import choose_target
    from xtrace.ir.analysis import analyze
    prog = frontends.parse(src, "t.d", "d")
    return generate(analyze(prog, choose_target("auto", None, None).kernel_target(False))).manifest


def test_module_ships_the_clause_and_provider_and_quiet_keeps_the_line_only():
    m = _manifest_of("#pragma D option flowindent\nBEGIN { trace(1); }\nEND { trace(2); }")
    frames = [f for f in m["formats"] if "frame" in f]
    assert m["flowindent"]
    assert [(f["frame"], f.get("clause")) for f in frames] == [("start", 0), ("end", None),
                                                              ("start", 1), ("end", None)]
    assert frames[0]["args"] == ["int", "str", "str", "str"]
    # dtrace -qF: chew() prints the probe line, chewrec() no newline when quiet
    q = _manifest_of("#pragma D option flowindent\n#pragma D option quiet\nBEGIN { trace(1); }")
    assert [f["frame"] for f in q["formats"] if "frame" in f] == ["start"]


# ------------------------------------------------------------ translations

_NESTED = """#pragma D option flowindent
BEGIN { }
syscall::getppid:entry /pid == $target/ { self->t = 1; }
syscall::getppid:entry, syscall::getppid:return /self->t/ { }
fbt::__x64_sys_getppid:entry, fbt::__x64_sys_getppid:return /self->t/ { }
syscall::getppid:return /self->t/ { self->t = 0; }
"""


def _to(src: str, lang: str) -> str:
    """The port, its long lines joined (what a statement says, not its layout)."""
    from xtrace.driver.translate import translate_text
    from translating import unwrapped
    return unwrapped(translate_text(src, "t.d", "d", lang))


def test_d_port_keeps_the_pragma():
    assert "#pragma D option flowindent\n" in _to(_NESTED, "d")


def test_stap_port_prints_the_lines_with_a_depth_of_its_own():
    stp = _to(_NESTED, "stap")
    assert 'printf("CPU FUNCTION                                 \\n")' in stp
    width = "37 - dtrace_flow_depth > 0 ? 37 - dtrace_flow_depth : 0"
    # an entry: the line at the depth, then two deeper
    assert (f'printf("%3d %*s => %-*s ", cpu(), dtrace_flow_depth, "", {width}, "getppid")\n'
            "    dtrace_flow_depth += 2\n") in stp
    # a return: back two (not below 0), then the line
    assert ("    if (dtrace_flow_depth > 0)\n        dtrace_flow_depth -= 2\n"
            f'    printf("%3d %*s <- %-*s ", cpu(), dtrace_flow_depth, "", {width}, "__x64_sys_getppid")\n') \
        in stp
    # any other probe: `| FUNCTION:NAME`, the depth left alone
    assert 'printf("%3d %*s| %-*s ", cpu(), dtrace_flow_depth, "", 39 - dtrace_flow_depth' in stp
    assert "FUNCTION:NAME" not in stp


def test_quiet_port_prints_the_line_without_the_newline():
    stp = _to("#pragma D option flowindent\n#pragma D option quiet\n"
              "fbt::vfs_read:entry { printf(\"x\\n\"); }\n", "stap")
    assert 'printf("%3d %*s -> %-*s "' in stp and 'printf("\\n")' not in stp


def test_clauses_sharing_an_entry_are_refused_with_the_nearest():
    import pytest
    from xtrace.ir.loc import XtraceError
    src = "#pragma D option flowindent\nfbt::vfs_read:entry { trace(1); }\nfbt::vfs_read:entry { trace(2); }\n"
    for lang in ("stap", "vue"):
        with pytest.raises(XtraceError) as ex:
            _to(src, lang)
        assert (ex.value.loc.line, ex.value.loc.col) == (3, 1)
        assert "flowindent" in ex.value.message and "thread_indent()" in ex.value.message
