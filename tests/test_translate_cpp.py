"""`xtrace translate -C -D -U -I`: a D script written for `dtrace -C` (4179e1/misc's
fdscount.d, run as `dtrace -C -D ENAME='"firefox"' -qs fdscount.d`) ports as cpp
hands it to dtrace, names the options in its opening comment, and needs none of them
to run; the options are refused where they mean nothing (driver/translate_cpp.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from xtrace.driver.translate import translate_text
from xtrace.driver.translate_cpp import CppOptions
from xtrace.ir.loc import XtraceError

# fdscount.d's shape: an opening comment, a macro only the command line defines
FDSCOUNT = """#!/usr/sbin/dtrace -qs

/* usage: dtrace -C -D ENAME='"firefox"' -qs fdscount.d */

syscall::read:entry
/execname==ENAME/
{
\t@[probefunc]=count();\t\t/* by fd */
}
"""
SH = CppOptions(True, ('ENAME="sh"',))


def test_a_command_line_macro_is_its_value_in_the_port_and_the_header_says_so():
    stp = translate_text(FDSCOUNT, "/x/fdscount.d", "d", "stp", cpp=SH)
    # (two comments, a blank line apart, so that the port reads back as two)
    assert stp.startswith("# usage: dtrace -C -D ENAME='\"firefox\"' -qs fdscount.d\n\n"
                          "# ported from fdscount.d run with -C -D 'ENAME=\"sh\"'\n\n"), stp
    assert 'if (execname() != "sh") next' in stp
    assert "# by fd" in stp  # the script's comments survive cpp (cpp -C)
    d = translate_text(FDSCOUNT, "/x/fdscount.d", "d", "d", cpp=SH)
    assert "/* ported from fdscount.d run with -C -D 'ENAME=\"sh\"' */" in d
    assert '/execname == "sh"/' in d and "#define" not in d


@pytest.mark.parametrize("to", ["d", "stp"])
def test_the_port_needs_none_of_the_options(to):
    # what the port says reads back (in its own language) with no -C and no -D
    port = translate_text(FDSCOUNT, "fdscount.d", "d", to, cpp=SH)
    lang = "d" if to == "d" else "stap"
    again = translate_text(port, "port." + to, lang, to)
    assert '"sh"' in again


def test_a_scripts_own_define_and_ifdef_are_decided_by_cpp():
    src = """#define LIMIT 10
#ifdef VERBOSE
BEGIN { printf("verbose %d\\n", LIMIT); }
#else
BEGIN { printf("quiet %d\\n", LIMIT * 2); }
#endif
"""
    quiet = translate_text(src, "v.d", "d", "stp", cpp=CppOptions(True))
    assert 'printf("quiet %d\\n", @LIMIT * 2)' in quiet and "verbose" not in quiet
    loud = translate_text(src, "v.d", "d", "stp", cpp=CppOptions(True, ("VERBOSE",)))
    assert 'printf("verbose %d\\n", @LIMIT)' in loud and "quiet" not in loud
    assert "# ported from v.d run with -C -D VERBOSE" in loud
    # -U after -D takes it away again, as cpp reads them in order
    undone = translate_text(src, "v.d", "d", "stp",
                            cpp=CppOptions(True, ("VERBOSE",), ("VERBOSE",)))
    assert "quiet" in undone and "-C -D VERBOSE -U VERBOSE" in undone


def test_an_include_directory_is_searched(tmp_path):
    inc = tmp_path / "inc"
    inc.mkdir()
    (inc / "limits.h").write_text("#define WANT 42\n")
    src = '#include "limits.h"\nBEGIN { printf("%d\\n", WANT); exit(0); }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, str(tmp_path / "w.d"), "d", "stp", cpp=CppOptions(True))
    assert "Preprocessor failed" in e.value.message and "limits.h" in e.value.message
    stp = translate_text(src, str(tmp_path / "w.d"), "d", "stp", cpp=CppOptions(True, incdirs=(str(inc),)))
    assert 'printf("%d\\n", 42)' in stp
    assert f"-C -I {inc}" in stp


def test_an_error_is_at_the_scripts_line_and_column_not_cpps():
    # cpp drops `#define` lines and squeezes blanks; the error names the written place
    src = "#define N 1\n\n\n\nBEGIN\n{\n\tx  =   nosuch(N);\n}\n"
    with pytest.raises(XtraceError) as e:
        translate_text(src, "e.d", "d", "stp", cpp=CppOptions(True))
    assert (e.value.loc.file, e.value.loc.line, e.value.loc.col) == ("e.d", 7, 9), e.value.render()
    # (tab, `x`, two blanks, `=`, three blanks: `nosuch` starts at column 9; cpp wrote 6)
    assert "nosuch(N)" in e.value.render()  # the caret line is the script's, as written


def test_an_error_in_a_header_names_the_header(tmp_path):
    (tmp_path / "bad.h").write_text("/* helpers */\nBEGIN { y = nosuch(); }\n")
    src = '#include "bad.h"\nBEGIN { exit(0); }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, str(tmp_path / "h.d"), "d", "stp", cpp=CppOptions(True))
    assert (e.value.loc.file, e.value.loc.line) == (str(tmp_path / "bad.h"), 2), e.value.render()


def test_a_define_without_c_says_which_option_it_needs():
    with pytest.raises(XtraceError) as e:
        translate_text("#define N 1\nBEGIN { exit(N); }\n", "n.d", "d", "stp")
    assert e.value.message == ("C preprocessor directive '#define' is not supported without -C "
                               "(as for dtrace -C)")


@pytest.mark.parametrize("opts, said", [
    (CppOptions(defines=("ENAME=1",)), "-D ENAME=1: a C preprocessor option, which dtrace uses only with -C"),
    (CppOptions(undefs=("X",)), "-U X: a C preprocessor option"),
    (CppOptions(incdirs=("/tmp",)), "-I /tmp: a C preprocessor option"),
    (CppOptions(True, ("1X=2",)), "-D 1X=2: not a macro name"),
    (CppOptions(True, undefs=("a-b",)), "-U a-b: not a macro name"),
])
def test_options_that_would_do_nothing_are_refused(opts, said):
    with pytest.raises(XtraceError) as e:
        translate_text(FDSCOUNT, "f.d", "d", "stp", cpp=opts)
    assert e.value.message.startswith(said) and e.value.exit_code == 2


@pytest.mark.parametrize("opts, flag", [
    (CppOptions(True), "-C"), (CppOptions(defines=("X=1",)), "-D"), (CppOptions(undefs=("X",)), "-U"),
])
def test_d_preprocessor_options_are_refused_for_a_stap_script(opts, flag):
    with pytest.raises(XtraceError) as e:
        translate_text("probe begin { exit() }\n", "s.stp", "stap", "d", cpp=opts)
    assert e.value.exit_code == 2
    assert e.value.message.startswith(f"{flag}: a D preprocessor option (dtrace -C), and s.stp is a "
                                      "stap script: stap's -D defines a C macro"), e.value.message


@pytest.mark.parametrize("opts, flag", [(CppOptions(True), "-C"), (CppOptions(incdirs=("/tmp",)), "-I")])
def test_the_options_are_refused_for_a_vue_script(opts, flag):
    with pytest.raises(XtraceError) as e:
        translate_text("@@BEGIN { exit(); }\n", "v.e", "vue", "d", cpp=opts)
    assert e.value.exit_code == 2
    assert e.value.message == (f"{flag}: a D preprocessor option (dtrace -C), and v.e is a Vue "
                               "script, which has no preprocessor")


def test_i_for_a_stap_script_is_its_tapset_directory(tmp_path):
    tapsets = tmp_path / "tapsets"
    tapsets.mkdir()
    (tapsets / "mine.stp").write_text("function twice:long(x:long) { return 2 * x }\n")
    src = 'probe begin { printf("%d\\n", twice(21)); exit() }\n'
    with pytest.raises(XtraceError):
        translate_text(src, "t.stp", "stap", "d")
    d = translate_text(src, "t.stp", "stap", "d", cpp=CppOptions(incdirs=(str(tapsets),)))
    # the tapset's one-line function is written where it is called, as a porter would
    assert 'printf("%d\\n", 2 * 21);' in d and "ported from" not in d


def _cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", *argv],
                          capture_output=True, text=True)


def test_the_command_line_takes_dtraces_spelling(tmp_path):
    f = tmp_path / "fdscount.d"
    f.write_text(FDSCOUNT)
    r = _cli("--to", "stp", "-C", "-D", 'ENAME="sh"', str(f))
    assert r.returncode == 0, r.stderr
    assert "# ported from fdscount.d run with -C -D 'ENAME=\"sh\"'" in r.stdout
    assert 'execname() != "sh"' in r.stdout
    r = _cli("--to", "stp", "-D", 'ENAME="sh"', str(f))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "-D ENAME=\"sh\": a C preprocessor option, which dtrace uses only with -C" in r.stderr
    helptext = _cli("--help").stdout
    for flag in ("-C", "-D", "-U", "-I"):
        assert f" {flag} " in helptext, helptext


def test_a_force_gap_names_the_scripts_line_in_the_port_and_the_warning():
    # the `#define` and the `#ifdef`'d-out lines are gone from cpp's output: the port is
    # read with each line back where it was written, so a gap's comment names line 13
    from xtrace.frontends.gaps import Gaps
    src = ("/* gaps */\n#define LIMIT 5\n\n\n\n#ifdef NEVER\nBEGIN { x = 1; }\n#endif\n"
           "syscall::read:entry\n/execname == ENAME/\n{\n\t@n[execname]  =   count();\n"
           "\ttrunc(@n,   LIMIT);\n}\n")
    gaps = Gaps(force=True)
    vue = translate_text(src, "g.d", "d", "vue", gaps=gaps, cpp=SH)
    assert "/* xtrace --force: not translated at g.d:13:2: truncating an aggregation" in vue, vue
    assert [(e.loc.line, e.loc.col) for e in gaps.found] == [(13, 2), (12, 2)]
    assert "trunc(@n,   LIMIT);" in gaps.found[0].render()  # the line as written


NAMED = """#define MINSIZE 1024
#define WHO "sh"
#define TWICE(x) ((x) * 2)

syscall::read:return
/execname == WHO && arg0 >= MINSIZE/
{
\tx = TWICE(MINSIZE);
\ty = 1024;
}
"""


def test_a_scripts_plain_define_keeps_its_name_as_an_inline_constant_does():
    stp = translate_text(NAMED, "n.d", "d", "stp", cpp=CppOptions(True))
    assert stp.startswith("# ported from n.d run with -C\n\n"
                          '@define MINSIZE %( 1024 %)\n@define WHO %( "sh" %)\n'), stp
    # found past WHO's longer text on the same line; a function-like macro's
    # expansion and a 1024 the script wrote as a number stay numbers
    assert "if (execname() != @WHO || retval < @MINSIZE) next" in stp
    d = translate_text(NAMED, "n.d", "d", "d", cpp=CppOptions(True))
    assert 'inline int MINSIZE = 1024;\ninline string WHO = "sh";' in d
    assert "/execname == WHO && arg0 >= MINSIZE/" in d
    assert "x = 1024 * 2;" in d and "y = 1024;" in d


@pytest.mark.parametrize("opts", [CppOptions(True, ("WHO=\"sh\"",)), CppOptions(True, undefs=("WHO",))])
def test_a_define_the_command_line_touches_is_its_value(opts):
    src = '#ifndef WHO\n#define WHO "sh"\n#endif\nsyscall::read:entry /execname == WHO/ { @ = count(); }\n'
    stp = translate_text(src, "w.d", "d", "stp", cpp=opts)
    assert "@define" not in stp and 'execname() != "sh"' in stp


def test_a_define_given_twice_or_undone_is_its_value():
    src = ('#define N 1\n#undef N\n#define N 2\n#define M 3\n#undef M\n#define M 3\n'
           'BEGIN { printf("%d %d\\n", N, M); exit(0); }\n')
    stp = translate_text(src, "t.d", "d", "stp", cpp=CppOptions(True))
    assert "@define" not in stp and 'printf("%d %d\\n", 2, 3)' in stp


def test_an_error_past_a_constant_is_at_its_written_column():
    src = '#define WHO "sh"\nBEGIN { x = WHO; y  =  nosuch(x); }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, "c.d", "d", "stp", cpp=CppOptions(True))
    # `BEGIN { x = WHO; y  =  ` is 23 characters: nosuch starts at 24 (cpp wrote 22)
    assert (e.value.loc.line, e.value.loc.col) == (2, 24), e.value.render()


SHEBANG_C = """#!/usr/sbin/dtrace -Cqs
#define ENAME "sh"
syscall::read:entry /execname == ENAME/ { @[probefunc] = count(); }
"""


def test_an_interpreter_line_with_c_runs_the_script_through_cpp():
    # run as a program the kernel hands `-Cqs` to dtrace: the script's #define is
    # meant for cpp, and the port needs no option (nor a note naming one)
    stp = translate_text(SHEBANG_C, "/x/shc.d", "d", "stp")
    assert '@define ENAME %( "sh" %)' in stp and "execname() != @ENAME" in stp
    assert "ported from" not in stp
    d = translate_text(SHEBANG_C, "/x/shc.d", "d", "d")
    assert 'inline string ENAME = "sh";' in d and "#define" not in d
    with pytest.raises(XtraceError, match="#define"):
        translate_text(SHEBANG_C.replace("-Cqs", "-qs"), "/x/shc.d", "d", "stp")


def test_dtrace_driver_honours_the_interpreter_lines_c(tmp_path):
    f = tmp_path / "shc.d"
    f.write_text(SHEBANG_C)
    r = subprocess.run([sys.executable, "-m", "xtrace", "dtrace", "-e", "-s", str(f)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
