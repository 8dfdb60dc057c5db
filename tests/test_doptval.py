"""D's run-time option values as libdtrace's dt_opt_runtime reads them
(runtime/doptval.py): a toggle given "0" is ON (the consumer tests it against
UNSET), "", no, off... turn it off, other words are refused."""

from __future__ import annotations

import io

import pytest

from xtrace.frontends import d
from xtrace.ir.loc import XtraceError
from xtrace.runtime import doptval
from xtrace.runtime.aggprint import option_number, option_on, with_options


@pytest.mark.parametrize("text, value", [
    (None, 0), ("", None), ("0", 0), ("1", 1), ("7", 7), ("0x10", 16), ("010", 8), ("-0", 0),
    (" 5", 5), ("+3", 3), ("yes", 1), ("On", 1), ("SET", 1), ("enabled", 1), ("true", 1),
    ("no", None), ("off", None), ("False", None), ("unset", None), ("disable", None),
    ("disabled", None),
])
def test_runtime_value(text, value):
    assert doptval.runtime_value(text) == value


@pytest.mark.parametrize("text", ["bogus", "08", "0x", "-1", "5 ", "1k", "²", str(1 << 63),
                                  str(1 << 64)])
def test_refused_values(text):
    with pytest.raises(doptval.OptionValueError, match="Invalid value for specified option"):
        doptval.runtime_value(text)
    assert not doptval.valid(text)


@pytest.mark.parametrize("pragma, descending", [
    ("aggsortrev", True), ("aggsortrev=0", True), ("aggsortrev=1", True), ("aggsortrev=yes", True),
    ("aggsortrev=no", False), ("aggsortrev=off", False), ("aggsortrev=", False),
])
def test_pragma_toggle(pragma, descending):
    prog = d.parse(f"#pragma D option {pragma}\nBEGIN {{ @[1] = count(); printa(@); }}\n", "t.d")
    printa = next(s for s in prog.probes[0].body.stmts if type(s).__name__ == "PrintAgg")
    assert printa.descending is descending
    assert ("aggsortrev" in prog.options.get("aggsort", {})) is descending


def test_a_later_pragma_unsets_an_earlier_one():
    prog = d.parse("#pragma D option aggsortkey\n#pragma D option aggsortkey=no\n"
                   "BEGIN { @[1] = count(); printa(@); }\n", "t.d")
    printa = next(s for s in prog.probes[0].body.stmts if type(s).__name__ == "PrintAgg")
    assert printa.sort_by == "value"


@pytest.mark.parametrize("pragma, quiet", [("quiet", True), ("quiet=0", True), ("quiet=no", False),
                                           ("quiet=", False)])
def test_quiet(pragma, quiet):
    assert d.parse(f"#pragma D option {pragma}\nBEGIN {{}}\n", "t.d").options["quiet"] is quiet


def test_flowindent_off():
    assert "flowindent" not in d.parse("#pragma D option flowindent=off\nBEGIN {}\n", "t.d").options


@pytest.mark.parametrize("pragma", ["quiet=bogus", "aggsortrev=08", "aggsortkey=-1",
                                    "aggsortkeypos=x"])
def test_pragma_bad_value(pragma):
    name, _, value = pragma.partition("=")
    with pytest.raises(XtraceError, match=f"failed to set option '{name}' to '{value}': "
                                          "Invalid value for specified option"):
        d.parse(f"#pragma D option {pragma}\nBEGIN {{}}\n", "t.d")


@pytest.mark.parametrize("pragma, pos", [("aggsortpos=2", 2), ("aggsortpos=0x3", 3),
                                         ("aggsortpos=yes", 1), ("aggsortpos=no", None)])
def test_pragma_positions(pragma, pos):
    opts = d.parse(f"#pragma D option {pragma}\nBEGIN {{}}\n", "t.d").options.get("aggsort", {})
    assert opts.get("aggsortpos") == pos


@pytest.mark.parametrize("value, on", [(True, True), (None, False), (False, False), ("0", True),
                                       ("1", True), ("no", False), ("", False), ("unset", False),
                                       ("bogus", False)])
def test_option_on(value, on):
    assert option_on(value) is on


def test_with_options_setopt_values():
    spec = {"sort_by": "key", "descending": True}
    # setopt("aggsortrev", "0") keeps the reverse order on; "unset" turns it off
    assert with_options(spec, {"aggsortrev": "0"})["descending"] is True
    assert with_options(spec, {"aggsortrev": "unset"})["descending"] is False
    assert with_options(spec, {"aggsortkey": "no"})["sort_by"] == "value"
    assert option_number(True) == 1 and option_number("0x2") == 2 and option_number("no") == 0


def test_stream_refuses_a_bad_setopt_value():
    from xtrace.runtime.stream import StreamDecoder
    st = StreamDecoder.__new__(StreamDecoder)
    st.options, st.err, st.out, st.pending_note = {"aggsortrev": True}, io.StringIO(), io.StringIO(), ""
    st.control({"control": "setopt", "name": "aggsortrev", "value": "bogus"}, [])
    assert st.options["aggsortrev"] is True
    assert st.err.getvalue() == ('dtrace: couldn\'t set option "aggsortrev" to "bogus": '
                                 "Invalid value for specified option\n")
    st.control({"control": "setopt", "name": "aggsortrev", "value": "0"}, [])
    assert st.options["aggsortrev"] == "0" and option_on(st.options["aggsortrev"])
