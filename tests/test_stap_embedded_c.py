"""stap -g (guru mode) embedded C: top-level `%{ %}` blocks, embedded-C functions,
`%{ expr %}` and `%{ %}` statements -- lowering, the C they make, the compiler's
messages about them, and translate's refusal. Their kernel behaviour is in
conformance/stap/guru_embedded_*.stp (run in the sandbox)."""

from __future__ import annotations

import io
import re

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.stap_cli import main
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.stap import parse
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import Loc, XtraceError

SCRIPT = """%{
#include <linux/kernel.h>
static long helper(long v) { return v + 1; }
%}
function inc:long (v:long) %{ /* pure */ STAP_RETVALUE = helper(STAP_ARG_v); %}
function name:string (s:string, n) %{ /* unprivileged */ /* stable */
	snprintf(STAP_RETVALUE, MAXSTRINGLEN, "%s-%lld", STAP_ARG_s, (long long)STAP_ARG_n);
%}
function old(a:long) %{ THIS->__retvalue = THIS->a * 2; %}
function check:long (v:long) %{
	if (STAP_ARG_v < 0)
		STAP_ERROR("bad %lld", (long long)STAP_ARG_v);
	STAP_RETURN(STAP_ARG_v);
%}
probe begin {
	println(inc(1), name("x", 2), old(3), %{ 4 %}, %{ /* string */ "five" %})
	%{ barrier(); %}
	println(check(-1))
}
"""


def c_source(src: str) -> tuple[str, dict]:
    gen = generate(analyze(parse(src, "t.stp", guru=True), _translation_target()))
    return gen.c_source, gen.manifest


def test_guru_mode_lowers_each_form():
    prog = parse(SCRIPT, "t.stp", guru=True)
    assert [b.loc for b in prog.c_blocks] == [Loc("t.stp", 1, 1)]
    assert "static long helper" in prog.c_blocks[0].code and "%{" not in prog.c_blocks[0].code
    funcs = {f.name: f for f in prog.functions}
    assert funcs["inc"].c_body.code.strip() == "/* pure */ STAP_RETVALUE = helper(STAP_ARG_v);"
    assert funcs["inc"].c_body.loc == Loc("t.stp", 5, 28) and funcs["inc"].body.stmts == []
    embedded = [x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.EmbeddedC)]
    assert [(e.code.strip(), e.is_str, e.stmt) for e in embedded] == [
        ("4", False, False), ('/* string */ "five"', True, False), ("barrier();", False, True)]


def test_types_come_from_declarations_and_calls():
    prog = parse(SCRIPT, "t.stp", guru=True)
    analyze(prog, _translation_target())
    funcs = {f.name: f for f in prog.functions}
    assert funcs["name"].ret.is_str and [p.type.is_str for p in funcs["name"].params] == [True, False]
    assert funcs["old"].ret.is_int  # undeclared: a number, as nothing in C says otherwise


def test_the_c_is_placed_as_written_with_the_scripts_lines():
    c, _ = c_source(SCRIPT)
    block = c.index('#line 1 "t.stp"\n\n#include <linux/kernel.h>\nstatic long helper')
    assert block < c.index("static noinline s64 xt_fn_inc(")  # before the functions and probes
    # after the script's C, the module's own lines again (kbuild names the file)
    lines = c.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("#line") and "@XT_MODULE_C@" in line:
            assert line == f'#line {i + 2} "@XT_MODULE_C@"'
    assert "#define MAXSTRINGLEN XT_MAXSTRINGLEN" in c


def test_functions_get_stap_names_for_their_parts():
    c, _ = c_source(SCRIPT)
    fn = c[c.index("xt_fn_name(struct xt_ctx *ctx_, int *err_, char *ret_, const char *a_s, s64 a_n)\n{"):]
    fn = fn[:fn.index("\n}\n")]
    assert "strscpy(fs_[0], a_s, XT_MAXSTRINGLEN);" in fn  # a char array of its own
    assert "#define STAP_ARG_s fs_[0]" in fn and "#define STAP_RETVALUE (*rv_)" in fn
    assert '#line 6 "t.stp"' in fn and "#undef STAP_ERROR" in fn
    old = c[c.index("xt_fn_old(struct xt_ctx *ctx_, int *err_, s64 a_a)\n{"):]
    assert "STAP_RETVALUE = STAP_ARG_a * 2;" in old[:old.index("\n}\n")]  # THIS-> spellings


def test_stap_checked_reads_jump_to_catch_deref_fault():
    c, _ = c_source("function peek:long (a:long) %{\n\tSTAP_RETVALUE = kread((long *)STAP_ARG_a);\n"
                    "\tCATCH_DEREF_FAULT();\n%}\nprobe begin { println(peek(1)) }")
    fn = c[c.index("xt_fn_peek(struct xt_ctx *ctx_, int *err_, s64 a_a)\n{"):]
    fn = fn[:fn.index("\n}\n")]
    assert "#define kread(ptr)" in fn and "#undef kread" in fn and "#undef CATCH_DEREF_FAULT" in fn
    assert "goto deref_fault;" in fn and "deref_fault: __attribute__((unused));" in fn
    assert 'read fault [man error::fault] at 0x%016lx (%s)' in fn
    assert "static __maybe_unused noinline int xt_kread_buffer(" in c


def test_stap_error_is_an_error_at_the_call():
    c, manifest = c_source(SCRIPT)
    site = next(i for i, s in enumerate(manifest["sites"])
                if s["what"] == "identifier 'check'" and s["loc"] == "t.stp:18:10")
    assert f"if (unlikely(e_)) {{ xt_fail(c, XT_E_USER, {site}); goto xt_out; }}" in c
    caught = SCRIPT.replace("println(check(-1))", "try { check(-1) } catch (m) { println(m) }")
    c, _ = c_source(caught)
    assert re.search(r"if \(unlikely\(e_\)\) \{ strscpy\(l_m, c->errbuf, XT_MAXSTRINGLEN\); goto xt_catch_", c)


def test_a_function_nothing_calls_is_not_compiled():
    """stap elides it; its C never reaches the compiler."""
    c, _ = c_source("function unused:long () %{ not C at all %}\n"
                    "function used:long () %{ STAP_RETVALUE = 1; %}\nprobe begin { println(used()) }")
    assert "xt_fn_used(" in c and "xt_fn_unused" not in c and "not C at all" not in c


def test_expressions_and_statements():
    c, _ = c_source('probe begin { x = %{ CONTEXT->regs != NULL %}; %{ (void)CONTEXT; %} println(x) }')
    assert "((s64)( c->regs != NULL \n))" in c  # no directive fits inside an expression
    assert "#define CONTEXT c\n#line 1 \"t.stp\"\n (void)CONTEXT; \n" in c


@pytest.mark.parametrize("to, lang, why", [
    ("d", "D", "a D script runs no C of its own"),
    ("vue", "Vue", "a Vue script runs no C of its own"),
    ("stap", "stap", "xtrace translates the script language, not C"),
])
def test_translate_refuses_embedded_c_at_the_block(to, lang, why):
    for src, where in [(SCRIPT, (1, 1)), ("probe begin {\n  x = %{ 1 %}\n}", (2, 7)),
                       ("function f() %{ %}\nprobe begin { f() }", (1, 14))]:
        with pytest.raises(XtraceError) as e:
            translate_text(src, "t.stp", "stap", to)
        assert e.value.message == (f"embedded C (%{{ ... %}}, stap -g guru mode) has no {lang} "
                                   f"translation: {why}")
        assert (e.value.loc.file, e.value.loc.line, e.value.loc.col) == ("t.stp",) + where


def test_compiler_messages_name_the_scripts_lines(tmp_path):
    """The compiler's error about the script's C points at the script's file and line
    (kbuild, no VM)."""
    f = tmp_path / "bad.stp"
    f.write_text("function bad:long () %{\n\tSTAP_RETVALUE = no_such_name;\n%}\n"
                 "probe begin { println(bad()) }\n")
    out, err = io.StringIO(), io.StringIO()
    status = main(["-g", "-p4", str(f)], out, err)
    assert status == 1
    assert f"{f}:2:25: error: \u2018no_such_name\u2019 undeclared" in err.getvalue()
    assert "is compiled as written" in err.getvalue() and "an xtrace bug" not in err.getvalue()


def _headers(tmp_path, files: dict[str, str]):
    """A kbuild dir holding `files` (path -> text)."""
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_stapconf_macros_follow_the_kernels_headers(tmp_path):
    from xtrace.backend_c.stapconf import defines
    new = _headers(tmp_path / "new", {
        "include/linux/fs.h": "struct file {\n\tstruct path\t\tf_path;\n};\n",
        "include/linux/fdtable.h": "static inline struct file *files_lookup_fd_raw(struct files_struct *f, unsigned fd)",
        "include/linux/filelock.h": "struct file_lock_core {\n\tint flc_type;\n};\n",
        "include/linux/uidgid.h": "",
    })
    got = re.findall(r"#define (STAPCONF_\w+) 1", defines(new))
    assert got == ["STAPCONF_DPATH_PATH", "STAPCONF_FILES_LOOKUP_FD_RAW", "STAPCONF_FILE_LOCK_CORE",
                   "STAPCONF_LINUX_UIDGID_H"]
    # an older kernel's spellings: no macro, so the script's #else branch compiles
    old = _headers(tmp_path / "old", {"include/linux/fs.h": "struct file {\n\tstruct dentry *f_dentry;\n};\n",
                                      "include/linux/fdtable.h": "#define fcheck_files(f, fd) ..."})
    assert defines(old) == ""


def test_stapconf_macros_read_debians_common_dir(tmp_path):
    """Debian's kbuild dir holds the arch part; its Makefile names the -common dir."""
    from xtrace.backend_c.stapconf import defines
    common = _headers(tmp_path / "common", {"include/linux/uidgid.h": ""})
    arch = _headers(tmp_path / "arch", {"Makefile": f"include {common}/Makefile\n"})
    assert "#define STAPCONF_LINUX_UIDGID_H 1" in defines(arch)


def test_the_prelude_defines_stapconf_and_runtime_headers():
    src, _ = c_source(SCRIPT)
    # before the script's first block, which may count on them
    first = src.index("static long helper")
    assert -1 < src.find("#include <linux/version.h>") < first
    assert -1 < src.find("#include <linux/sched/signal.h>") < first
    assert "#define STAPCONF_DPATH_PATH 1" in src and "STAPCONF_TASK_UID" not in src


def test_stap_arg_in_a_script_functions_embedded_c_is_its_parameter():
    src, _ = c_source("function kind:string (mode:long) {\n"
                      "\tif (%{ S_ISREG(STAP_ARG_mode) %}) return \"reg\"\n"
                      "\t%{ (void)STAP_ARG_mode; (void)STAP_ARG_other; %}\n\treturn \"other\"\n}\n"
                      "probe begin { println(kind(0100644)) }\n")
    assert "S_ISREG(l_mode)" in src and "(void)l_mode;" in src
    assert "STAP_ARG_other" in src  # not a parameter: left for the compiler to name
