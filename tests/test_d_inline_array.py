"""D inlines with array or pointer parameters (rvvliet/dtrace_nfsstats' nfsstats.d:
`inline string SA2IP[char data[14]] = ...`), which dtrace's grammar accepts as any C
parameter declarator (dt_grammar.y parameter_declaration) and xtrace lowers where
each is used (frontends/d/inline_params.py)."""

from __future__ import annotations

import pytest

from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import Type
from translating import translated

SA2IP = ("inline string SA2IP[char data[14]] =\n"
         "\tstrjoin(strjoin(strjoin(lltostr(data[2] & 0xFF), \".\"),\n"
         "\t\tstrjoin(lltostr(data[3] & 0xFF), \".\")),\n"
         "\t\tstrjoin(strjoin(lltostr(data[4] & 0xFF), \".\"),\n"
         "\t\t\tlltostr(data[5] & 0xFF)));\n")
USE = ("fbt::tcp_v4_connect:entry\n{\n"
       "\t@count[SA2IP[args[1]->sa_data], probefunc] = count();\n}\n")


def _elements(prog: ir.Program) -> list[ir.KernelElem]:
    return [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.KernelElem)]


def test_an_array_parameter_parses_and_reads_the_arguments_elements():
    prog = d.parse(SA2IP + USE, "t.d")
    elems = _elements(prog)
    assert [e.index.value for e in elems] == [2, 3, 4, 5]
    for e in elems:
        # the argument's array member, taken as its address, indexed
        assert isinstance(e.base, ir.KernelMember) and e.base.path == ["sa_data"] and e.base.decay
        assert isinstance(e.base.base, ir.ProbeArg) and e.base.base.position == 1
    assert not prog.functions  # written where it is used, not a function of an array


def test_the_stap_port_reads_the_member_where_the_inline_was_used():
    out = translated(SA2IP + USE, "stap", "d")
    for i in (2, 3, 4, 5):
        assert f"$uaddr->sa_data[{i}] & 0xFF" in out
    assert "SA2IP" not in out and "data[" not in out.replace("sa_data[", "")


def test_the_d_port_is_the_expression_with_the_argument_in_place():
    out = translated(SA2IP + USE, "d", "d")
    assert "lltostr(args[1]->sa_data[2] & 0xFF)" in out


def test_an_unsigned_char_parameter_reads_the_bytes_unsigned():
    src = ("inline int PORT[unsigned char p[14]] = p[0] * 256 + p[1];\n"
           "fbt::tcp_v4_connect:entry\n{\n\ttrace(PORT[args[1]->sa_data]);\n}\n")
    prog = d.parse(src, "t.d")
    casts = [x for x in ir.walk(prog.probes[0].body)
             if isinstance(x, ir.Cast) and isinstance(x.operand, ir.KernelElem)]
    assert len(casts) == 2 and all(c.to == Type("int", 8, False) for c in casts)


def test_a_pointer_parameter_is_the_argument():
    src = ("inline int FAM[struct sockaddr *sa] = sa->sa_family;\n"
           "fbt::tcp_v4_connect:entry\n{\n\ttrace(FAM[args[1]]);\n}\n")
    out = translated(src, "stap", "d")
    assert "$uaddr->sa_family" in out


def test_an_integer_for_an_array_parameter_is_dtraces_prototype_error():
    src = SA2IP + "BEGIN\n{\n\ttrace(SA2IP[1]);\n}\n"
    with pytest.raises(XtraceError) as info:
        d.parse(src, "t.d")
    assert str(info.value).startswith(
        "SA2IP[ ] key #1 is incompatible with prototype:\n"
        "\tprototype: char [14]\n\t      key: int")
    assert (info.value.loc.line, info.value.loc.col) == (8, 14)


def test_too_many_keys_is_dtraces_mismatch_message():
    src = SA2IP + "BEGIN\n{\n\ttrace(SA2IP[`max_pfn, 2]);\n}\n"
    with pytest.raises(XtraceError, match=r"SA2IP\[ \] prototype mismatch: 2 keys passed, 1 expected"):
        d.parse(src, "t.d")


def test_an_unused_inline_body_is_still_checked():
    src = "inline int BAD[char d[4]] = lltostr(d[1]);\nBEGIN\n{\n\texit(0);\n}\n"
    with pytest.raises(XtraceError, match="inline BAD definition uses incompatible types") as info:
        d.parse(src, "t.d")
    assert (info.value.loc.line, info.value.loc.col) == (1, 29)


def test_a_parameter_shadows_a_global_of_its_name():
    src = ("int data;\n" + SA2IP + USE)
    prog = d.parse(src, "t.d")
    assert len(_elements(prog)) == 4
