"""D's speculative tracing, tracemem() and copyin(): the lowering's checks
(dt_cc's rules and messages), the IR -> D printer, and the driver's decoding
of speculative and tracemem records without a kernel. Expected texts follow
the DTrace guide (Speculative Tracing chapter) and libdtrace's
dt_print_rawbytes layout, never xtrace's own output; the sandbox runs are in
tests/test_kernel_d_speculation.py.
"""

from __future__ import annotations

import io
import struct

import pytest

from xtrace.frontends import d
from xtrace.frontends.d.printer import print_program
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.runtime.stream import (REC_MEM, REC_PRINTF, REC_SPEC, REC_SPEC_END, REC_TRAILER,
                                   N_ERROR_CODES, StreamDecoder, raw_bytes)

HEADER = ("\n" + " " * 11 + "".join(f"  {c}" for c in "0123456789abcdef")
          + "  0123456789abcdef\n")


def _error(src: str) -> XtraceError:
    with pytest.raises(XtraceError) as ei:
        d.parse(src, "t.d")
    return ei.value


SPEC = "BEGIN { self->s = speculation(); }\n"


@pytest.mark.parametrize("clause, message, at", [
    ('BEGIN { printf("x"); speculate(self->s); }',
     "speculate( ) may not follow data-recording action(s)", "speculate"),
    ("BEGIN { speculate(self->s); speculate(self->s); }",
     "speculate( ) may not follow speculate( )", "speculate"),
    ('BEGIN { speculate(self->s); @a = count(); }',
     "aggregating actions may not follow speculate( )", "@a"),
    ("BEGIN { speculate(self->s); exit(0); }", "exit( ) may not follow speculate( )", "exit"),
    ('BEGIN { commit(self->s); printf("x"); }',
     "data-recording actions may not follow commit( )", "printf"),
    ("BEGIN { commit(self->s); commit(self->s); }", "commit( ) may not follow commit( )", "commit"),
    ('BEGIN { trace(1); commit(self->s); }',
     "commit( ) may not follow data-recording action(s)", "commit"),
    ("BEGIN { commit(self->s); speculate(self->s); }", "speculate( ) may not follow commit( )", "speculate"),
    ("BEGIN { commit(self->s); @a = count(); }", "aggregating actions may not follow commit( )", "@a"),
])
def test_speculation_misuse_is_dtrace_compile_error(clause, message, at):
    ex = _error(SPEC + clause)
    assert ex.message == message
    # At the offending action (dtrace names its line; we add the column).
    assert (ex.loc.line, ex.loc.col) == (2, clause.rindex(at) + 1)


def test_discard_allows_later_records():
    # The guide: data-recording actions may follow discard().
    prog = d.parse(SPEC + 'BEGIN { discard(self->s); printf("after\\n"); }', "t.d")
    assert isinstance(prog.probes[1].body.stmts[0], ir.SpecEnd)


def test_speculation_lowering():
    prog = d.parse(SPEC + 'BEGIN { speculate(self->s); printf("x"); }\n'
                   "BEGIN { commit(self->s); discard(2); }\n"
                   "#pragma D option nspec=4\n#pragma D option specsize=1k\n", "t.d")
    assert prog.probes[0].body.stmts[0].expr.value == ir.Call("speculation", [])
    assert prog.probes[1].body.stmts[0] == ir.Speculate(ir.Var("s", "thread"))
    assert prog.probes[2].body.stmts == [ir.SpecEnd("commit", ir.Var("s", "thread")),
                                         ir.SpecEnd("discard", ir.IntLit(2))]
    assert prog.options["limits"] == {"NSPEC": 4, "SPECSIZE": 1024}
    # The speculative clause records data; the commit clause does not (no frame).
    assert prog.probes[1].framed and not prog.probes[2].framed


def test_tracemem_and_copyin_lowering():
    prog = d.parse("BEGIN { tracemem(copyin(arg0, 16), 16, arg1); this->b = alloca(8);"
                   " copyinto(arg0, 8, this->b); }", "t.d")
    tm, _, ci = prog.probes[0].body.stmts
    assert tm == ir.TraceMem(ir.Call("copyin", [ir.Builtin("arg0"), ir.IntLit(16)]), 16,
                             ir.Builtin("arg1"))
    assert ci == ir.ExprStmt(ir.Call("copyinto", [ir.Builtin("arg0"), ir.IntLit(8),
                                                  ir.Var("b", "local")]))


@pytest.mark.parametrize("src, message", [
    ("BEGIN { n = 8; tracemem(curthread, n); }",
     "tracemem( ) argument #2 must be a non-zero positive integral constant expression"),
    ("BEGIN { tracemem(curthread, 0); }",
     "tracemem( ) argument #2 must be a non-zero positive integral constant expression"),
    ("BEGIN { tracemem(curthread); }",
     "tracemem( ) prototype mismatch: 1 arg passed, 2 or 3 expected"),
    ('BEGIN { tracemem("s", 8); }',
     "tracemem( ) argument #1 is incompatible with prototype:\n\tprototype: pointer or integer"
     "\n\t argument: string"),
    ("BEGIN { speculate(); }", "speculate( ) prototype mismatch: 0 args passed, 1 expected"),
    ('BEGIN { x = copyin("a", 2); }',
     "copyin( ) argument #1 is incompatible with prototype:\n\tprototype: uintptr_t\n"
     "\t argument: string"),
    ("BEGIN { x = copyinto(0, 1, 2); }", "copyinto() is an action and has no value"),
])
def test_argument_errors(src, message):
    assert _error(src).message == message


def test_d_printer_round_trip():
    src = (SPEC + "BEGIN\n{\n\tspeculate(self->s);\n\ttracemem(copyin(arg0, 8), 8);\n}\n"
           "BEGIN\n{\n\tthis->b = alloca(4);\n\tcopyinto(0, 4, this->b);\n"
           "\ttracemem(this->b, 4, 2);\n}\nBEGIN\n{\n\tcommit(self->s);\n\tdiscard(1);\n}\n"
           "#pragma D option nspec=2\n")
    prog = d.parse(src, "t.d")
    text = print_program(prog)
    assert "#pragma D option nspec=2" in text
    again = d.parse(text, "t.d")
    assert again.probes == prog.probes


# ------------------------------------------------------------ the driver's side

def _manifest() -> dict:
    return {"lang": "d", "formats": [{"fmt": "%s\n", "args": ["str"]}], "prints": [], "sites": [],
            "probes": [], "vars": [], "maps": [], "aggs": [], "probe_ids": {}}


def _str(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<H", len(b)) + b


def _spec(spec_id: int, inner: int, payload: bytes) -> bytes:
    return struct.pack("<IHH", spec_id, inner, 0) + payload


def test_speculative_records_wait_for_commit_and_keep_their_order():
    out, err = io.StringIO(), io.StringIO()
    dec = StreamDecoder(_manifest(), out, err)
    dec.record(REC_PRINTF, 0, _str("plain"))
    dec.record(REC_SPEC, 0, _spec(1, REC_PRINTF, _str("one")))
    dec.record(REC_SPEC, 0, _spec(2, REC_PRINTF, _str("discarded")))
    dec.record(REC_SPEC, 0, _spec(1, REC_PRINTF, _str("two")))
    assert out.getvalue() == "plain\n"
    dec.record(REC_SPEC_END, 2, struct.pack("<q", 0))
    dec.record(REC_SPEC_END, 1, struct.pack("<q", 1))
    assert out.getvalue() == "plain\none\ntwo\n"
    # A speculation never committed is never printed; the counters are reported.
    dec.record(REC_SPEC, 0, _spec(1, REC_PRINTF, _str("left over")))
    # skipped, ncpus, errors, drops of CPU 0, missed kprobe hits, then the speculation counters
    trailer = [0, 1] + [0] * N_ERROR_CODES + [0] + [0] + [2, 1]
    dec.record(REC_TRAILER, 0, struct.pack(f"<{len(trailer)}q", *trailer))
    assert out.getvalue() == "plain\none\ntwo\n"
    assert err.getvalue() == ("dtrace: 2 speculative drops\n"
                              "dtrace: 1 failed speculation (no speculative buffer available)\n")


def test_tracemem_layout_is_dt_print_rawbytes():
    data = b"hello, tracemem world\n\x00\x01"
    assert raw_bytes(data) == (
        HEADER
        + "         0: 68 65 6c 6c 6f 2c 20 74 72 61 63 65 6d 65 6d 20  hello, tracemem \n"
        + "        10: 77 6f 72 6c 64 0a 00 01" + "   " * 8 + "  world...\n")
    assert raw_bytes(b"") == ""


def test_tracemem_record_shows_the_dynamic_size():
    out = io.StringIO()
    dec = StreamDecoder(_manifest(), out, io.StringIO())
    dec.record(REC_MEM, 0, struct.pack("<qq", 8, 3) + b"abcdefgh")
    assert out.getvalue() == HEADER + "         0: 61 62 63" + "   " * 13 + "  abc\n"


def test_stringof_a_variable_goes_by_its_type():
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    from xtrace.ir.types import STRING
    prog = d.parse('syscall::write:entry { this->b = copyin(arg1, 4); s = "x"; '
                   'printf("%s %s\\n", stringof(this->b), stringof(s)); }', "t.d")
    pf = prog.probes[0].body.stmts[-1]
    assert pf.args == [ir.Call("kernel_string", [ir.Var("b", "local")]),
                       ir.Call("kernel_string", [ir.Var("s")])]
    analyze(prog, _translation_target())
    assert pf.args[0].type == STRING and pf.args[1].type == STRING
    # printed back as stringof(var): the same IR again
    assert d.parse(print_program(prog), "t.d").probes == prog.probes
