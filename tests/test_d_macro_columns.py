"""Columns of D diagnostics after a macro substitution ($target, $1, $$1, ...).

dtrace substitutes macros in its lexer, so its positions are the script's as
written; xtrace substitutes them as text before parsing (frontends/d/preprocess.py),
and maps every position back: a token after a macro on its line keeps its own
column, one inside a macro's value is at the macro's `$`."""

from __future__ import annotations

import io

import pytest

from xtrace.driver import dtrace_cli
from xtrace.driver.passes import Pipeline
from xtrace.frontends.d import preprocess as pp
from xtrace.ir.loc import Loc, XtraceError

LONG = "an-argument-much-longer-than-its-macro"


def _mapped(text: str, args: list[str], target: int = 7) -> pp.MappedText:
    ctx = pp.MacroContext(["t.d", *args], pp.macro_variables(target), kept=frozenset({"pid"}))
    return pp.expand_mapped(pp.identity_map(text, "t.d"), "t.d", ctx)


def _col(text: str, needle: str, line: int = 1) -> int:
    return text.split("\n")[line - 1].index(needle) + 1


@pytest.mark.parametrize("target", [1, 123456789])
def test_tokens_after_a_macro_keep_their_own_column(target):
    src = "BEGIN\n/pid == $target && x > $1/ { y = $$1; z = 1; }\n"
    m = _mapped(src, [LONG], target)
    assert m.text.split("\n")[1].startswith(f"/pid == {target} && x > ")
    for needle in ("&&", "x >", "y =", "z =", "}"):
        file, line, col = m.locate(2, _col(m.text, needle, 2))
        assert (file, line, col) == ("t.d", 2, _col(src, needle, 2)), needle


def test_tokens_before_a_macro_and_on_other_lines_are_unchanged():
    src = "BEGIN { a = 1; b = $1; }\nEND { c = 2; }\n"
    m = _mapped(src, [LONG])
    assert m.locate(1, _col(m.text, "a =")) == ("t.d", 1, _col(src, "a ="))
    assert m.locate(2, _col(m.text, "c =", 2)) == ("t.d", 2, _col(src, "c =", 2))


def test_a_position_inside_a_macros_value_is_the_macros():
    src = "BEGIN { s = $$1; }\n"
    m = _mapped(src, [LONG])
    start = _col(m.text, '"')
    for col in (start, start + 5, start + len(LONG) + 1):
        assert m.locate(1, col) == ("t.d", 1, _col(src, "$$1"))


def test_the_end_of_a_line_keeps_its_distance_from_the_lines_end():
    src = "BEGIN { x = $1"
    m = _mapped(src, [LONG])
    assert m.locate(1, len(m.text) + 1) == ("t.d", 1, len(src) + 1)


def test_a_macro_kept_as_written_maps_column_for_column():
    src = "BEGIN { x = $pid + 1; }\n"
    m = _mapped(src, [])
    assert m is not None and m.text == src
    assert m.locate(1, _col(src, "+")) == ("t.d", 1, _col(src, "+"))


def test_columns_follow_cpp_line_maps():
    src = "#define N 1\n\nBEGIN { x = $1 + N; y = ; }\n"
    cpp = pp.run_cpp(src, "t.d")
    ctx = pp.MacroContext(["t.d", LONG], pp.macro_variables(0))
    m = pp.expand_mapped(cpp, "t.d", ctx)
    i = next(k for k, t in enumerate(m.text.split("\n")) if "y =" in t) + 1
    assert m.locate(i, _col(m.text, "y =", i)) == ("t.d", 3, _col(src, "y =", 3))


# ------------------------------------------------------------ xtrace run (Pipeline)

def _run_parse_error(src: str, args: tuple[str, ...] = (), target: int = 0) -> XtraceError:
    pipe = Pipeline(src, "t.d", "d", script_args=args, cmd="true" if target else None,
                    target_pid=target)
    with pytest.raises(XtraceError) as info:
        pipe.parse()
    return info.value


@pytest.mark.parametrize("target", [5, 4194303])
def test_run_syntax_error_after_target(target):
    src = "syscall::read:entry /pid == $target/ { x = y + ; }\n"
    ex = _run_parse_error(src, target=target)
    assert ex.loc == Loc("t.d", 1, _col(src, "; }"))
    assert ex.source == src  # the caret is drawn under the script as written


@pytest.mark.parametrize("arg", ["1", LONG])
def test_run_errors_after_arguments_on_later_lines(arg):
    src = "BEGIN\n/$1 != 0/\n{\n\tx = $$1; y = $1 + ;\n}\n"
    ex = _run_parse_error(src, (arg,))
    assert ex.loc == Loc("t.d", 4, src.split("\n")[3].rindex(";") + 1)


def test_run_semantic_error_after_a_macro_and_inside_one():
    src = "BEGIN\n{\n\tx = $$1; z = undefined_thing->a;\n}\n"
    ex = _run_parse_error(src, (LONG,))
    assert ex.loc == Loc("t.d", 3, _col(src, "undefined_thing", 3))
    src = "BEGIN { x = $1->y; }\n"
    ex = _run_parse_error(src, ("some_long_identifier",))
    assert ex.loc == Loc("t.d", 1, _col(src, "$1"))


def test_run_program_locations_are_the_scripts():
    # the IR's locations name run-time error sites (a fault in a predicate)
    # (compared with variables: a test of two literals is decided when the script is read)
    src = "BEGIN\n/$1 > pid && $target == ppid/\n{\n\ttrace($$1); exit(0);\n}\n"
    pipe = Pipeline(src, "t.d", "d", script_args=("123456789012",), cmd="true", target_pid=9)
    prog = pipe.parse()
    assert prog.source == src
    pred = prog.probes[0].predicate
    assert pred.lhs.loc == Loc("t.d", 2, _col(src, "$1", 2))
    assert pred.lhs.rhs.loc == Loc("t.d", 2, _col(src, "pid &&", 2))
    assert pred.rhs.loc == Loc("t.d", 2, _col(src, "$target", 2))
    assert pred.rhs.rhs.loc == Loc("t.d", 2, _col(src, "ppid/", 2))
    trace, exit_ = prog.probes[0].body.stmts
    assert trace.expr.loc == Loc("t.d", 4, _col(src, "$$1", 4))
    assert exit_.loc == Loc("t.d", 4, _col(src, "exit", 4))


# ------------------------------------------------------------ xtrace dtrace -s / -n

def _dtrace(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = dtrace_cli.main(list(argv), out, err)
    return status, err.getvalue()


def test_dtrace_s_error_after_target_and_arguments(tmp_path):
    f = tmp_path / "t.d"
    src = "syscall::read:entry /pid == $target && $1 > 0/\n{\n\tx = $$1; y = x + ;\n}\n"
    f.write_text(src)
    status, err = _dtrace("-e", "-c", "true", "-s", str(f), "12345678901234567")
    assert status == 1
    lines = err.splitlines()
    assert lines[0].startswith(f"dtrace: failed to compile script {f}: line 3: syntax error")
    col = src.split("\n")[2].rindex(";") + 1
    assert lines[1] == f"  --> {f}:3:{col}"
    assert lines[2] == "     x = $$1; y = x + ;" and lines[3] == " " * (4 + col - 1) + "^"


def test_dtrace_n_error_after_macros():
    spec = "BEGIN /$target >= 0/ { x = $$1; y = $1 + ; }"
    status, err = _dtrace("-e", "-c", "true", "-n", spec, LONG)
    assert status == 1
    lines = err.splitlines()
    assert lines[1] == f"  --> -n:1:{spec.rindex(';') + 1}"
    assert lines[2] == f"    {spec}"  # the description as typed, under its caret


def test_dtrace_error_in_a_second_piece_after_a_macro(tmp_path):
    f = tmp_path / "ok.d"
    f.write_text("BEGIN { x = $$1; }\n")
    spec = "END { y = $1; z = ; }"
    status, err = _dtrace("-e", "-s", str(f), "-n", spec, LONG)
    assert status == 1
    assert f"  --> -n:1:{spec.rindex(';') + 1}" in err  # at the `;` of `z = ;`


def test_run_honours_the_scripts_own_dash_C():
    """`#!/usr/sbin/dtrace -Cs`: run as a program the script gets dtrace's -C, so its
    #defines are cpp's; `xtrace run` (and the conformance and realrun harnesses,
    through Pipeline) run cpp as `xtrace dtrace -s` does, errors still at the
    script's own lines."""
    src = ("#!/usr/sbin/dtrace -Cs\n#define PROT_READ 0x1\n"
           "BEGIN\n{\n\ttrace(PROT_READ);\n\texit(0);\n}\n")
    prog = Pipeline(src, "t.d", "d").parse()
    assert prog.probes[0].body.stmts[0].expr.value == 1
    bad = src.replace("exit(0);", "exit(0) +;")
    ex = _run_parse_error(bad)
    assert ex.loc.line == 6, ex.loc
    # without -C in the #! line, the #define is a syntax error, as under dtrace -s
    with pytest.raises(XtraceError):
        Pipeline(src.replace("-Cs", "-s"), "t.d", "d").parse()
