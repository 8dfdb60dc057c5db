"""Kernel variables by name in the three languages (frontends/kernel_vars.py):
D's `` `name ``, stap's `@var("name")`, Vue's `__kernel T name;` lower to one IR
form, each printer says it, and the errors name the variable at its position."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.ksyms import SymbolError, data_symbol
from xtrace.ir.loc import XtraceError


def _read(name: str, size: int, signed: int, cast: bool) -> ir.Expr:
    raw = ir.Call("kernel_read_int", [ir.Call("ksym_addr", [ir.StrLit(name)]), ir.IntLit(size),
                                      ir.IntLit(signed)])
    return ir.Cast(ir.Type("int", size * 8, bool(signed)), raw) if cast else raw


def _printf_args(src: str, name: str, lang: str) -> list[ir.Expr]:
    prog = frontends.parse(src, name, lang)
    stmts = prog.probes[0].body.stmts
    pf = [s for s in stmts if isinstance(s, ir.Printf)][0]
    return pf.args


JIFFIES = _read("jiffies", 8, 0, False)
MAX_THREADS = _read("max_threads", 4, 1, True)
NR_CPU_IDS = _read("nr_cpu_ids", 4, 0, True)


def test_the_three_languages_read_a_kernel_variable_as_one_ir_form():
    vue = _printf_args("__kernel unsigned long jiffies;\n__kernel int max_threads;\n"
                       "__kernel unsigned int nr_cpu_ids;\n@@BEGIN\n{\n"
                       '\tprintf("%d %d %d\\n", jiffies, max_threads, nr_cpu_ids);\n}\n', "t.e", "vue")
    d = _printf_args('BEGIN { printf("%d %d %d\\n", `jiffies, vmlinux`max_threads, '
                     '*(unsigned int *)&`nr_cpu_ids); }', "t.d", "d")
    stap = _printf_args('probe begin { printf("%d %d %d\\n", @var("jiffies@kernel/time/timer.c"), '
                        'kernel_int(&@var("max_threads")), @var("nr_cpu_ids", "kernel")) }',
                        "t.stp", "stap")
    assert vue == d == stap == [JIFFIES, MAX_THREADS, NR_CPU_IDS]


def test_d_address_of_a_kernel_variable_needs_no_type():
    args = _printf_args('BEGIN { printf("%x\\n", (unsigned long)&`jiffies_64); }', "t.d", "d")
    assert ir.Call("ksym_addr", [ir.StrLit("jiffies_64")]) in list(ir.walk(args))


@pytest.mark.parametrize("src, line, col, words", [
    ("BEGIN\n{\n  `jiffies = 0;\n}", 3, 3, "kernel variable `jiffies is read-only"),
    ("BEGIN { `jiffies++; }", 1, 9, "kernel variable `jiffies is read-only"),
    ("BEGIN { `avenrun[0] = 1; }", 1, 9, "kernel variable `avenrun is read-only"),
    ("BEGIN { trace(`no_such_thing); }", 1, 15,
     "xtrace does not know its C type (the kernel's BTF types per-CPU variables only); read it "
     "through its address with the type the kernel declares, e.g. *(unsigned long *)&`no_such_thing"),
    ("BEGIN { trace(ext4`x); }", 1, 15, "not of module 'ext4'"),
    ("BEGIN { trace(`mpid); }", 1, 15, "`mpid is the last pid Solaris gave out"),
])
def test_d_kernel_variable_errors_name_it_at_its_position(src, line, col, words):
    with pytest.raises(XtraceError) as info:
        frontends.parse(src, "t.d", "d")
    assert words in str(info.value)
    assert (info.value.loc.line, info.value.loc.col) == (line, col)


@pytest.mark.parametrize("src, col, words", [
    ('probe begin { @var("jiffies") = 1 }', 15, 'write to target variable not permitted; need stap -g'),
    ('probe begin { println(@var("nope")) }', 23, 'kernel_long(&@var("nope"))'),
    ('probe begin { println(@var("jiffies", "ext4")) }', 39, "not of module 'ext4'"),
    ('probe begin { println(@var("jiffies")->x) }', 38, "members and elements of @var"),
    ('probe begin { println(@var(1)) }', 28, "must be a literal string"),
])
def test_stap_var_errors_name_it_at_its_position(src, col, words):
    with pytest.raises(XtraceError) as info:
        frontends.parse(src, "t.stp", "stap")
    assert words in str(info.value)
    assert (info.value.loc.line, info.value.loc.col) == (1, col)


def test_printers_say_a_kernel_variable_in_each_language():
    src = ("__kernel unsigned long jiffies;\n__kernel short sh;\n@@BEGIN\n{\n"
           '\tprintf("%d %d\\n", jiffies, sh);\n}\n')
    d = translate_text(src, "t.e", "vue", "d")
    assert 'printf("%d %d\\n", `jiffies, *(short *)&`sh);' in d
    stap = translate_text(src, "t.e", "vue", "stap")
    assert 'printf("%d %d\\n", @var("jiffies"), kernel_short(&@var("sh")))' in stap
    vue = translate_text(d, "t.d", "d", "vue")
    assert "__kernel unsigned long long jiffies;" in vue and "__kernel short sh;" in vue
    assert 'printf("%d %d\\n", jiffies, sh);' in vue


def test_vue_refuses_one_kernel_variable_read_as_two_types():
    src = 'probe begin { printf("%d %d\\n", kernel_int(&@var("nr_cpu_ids")), @var("nr_cpu_ids")) }'
    with pytest.raises(XtraceError) as info:
        translate_text(src, "t.stp", "stap", "vue")
    assert "kernel variable 'nr_cpu_ids' is read as two C types" in str(info.value)


def test_vue_refuses_the_address_of_a_kernel_variable():
    with pytest.raises(XtraceError) as info:
        translate_text('#pragma D option quiet\nBEGIN { printf("%x\\n", (long)&`jiffies); }', "t.d", "d", "vue")
    assert "the address of a kernel variable" in str(info.value)


def test_a_per_cpu_variable_is_refused_by_name(tmp_path):
    syms = tmp_path / "kallsyms"
    syms.write_text("0000000000000000 A __per_cpu_start\n000000000001fb80 A current_task\n"
                    "0000000000035000 A __per_cpu_end\nffffffff82a079c0 D jiffies\n"
                    "ffffffff83f83098 b max_threads\nffffffff81000000 T _stext\n")
    assert data_symbol(syms, "jiffies") == 0xffffffff82a079c0
    assert data_symbol(syms, "max_threads") == 0xffffffff83f83098
    with pytest.raises(SymbolError, match="'current_task' is a per-CPU variable"):
        data_symbol(syms, "current_task")
    with pytest.raises(SymbolError, match="is a function"):
        data_symbol(syms, "_stext")
    with pytest.raises(SymbolError, match="this kernel has no variable 'nope'"):
        data_symbol(syms, "nope")


def test_an_element_of_a_kernel_array_is_one_ir_form_in_d_and_stap():
    d = _printf_args('BEGIN { i = 2; printf("%d %d\\n", `avenrun[1], `avenrun[i]); }', "t.d", "d")
    stap = _printf_args('probe begin { i = 2; printf("%d %d\\n", @var("avenrun")[1], @var("avenrun")[i]) }',
                        "t.stp", "stap")
    base = ir.Call("ksym_addr", [ir.StrLit("avenrun")])
    # unsigned long avenrun[3]: element i is 8 * i bytes on
    first = ir.Call("kernel_read_int", [ir.Binary("+", base, ir.IntLit(8)), ir.IntLit(8), ir.IntLit(0)])
    assert d[0] == stap[0] == first
    assert d[1].args[0].rhs.op == "*" and d[1].args[0].rhs.rhs == ir.IntLit(8)
    text = translate_text('BEGIN { printf("%d\\n", `avenrun[2]); }', "t.d", "d", "stap")
    assert '@var("avenrun")[2]' in text
    assert "`avenrun[2]" in translate_text(text, "t.stp", "stap", "d")


@pytest.mark.parametrize("src, lang, words", [
    ("BEGIN { trace(`avenrun); }", "d", "`avenrun is an array of 3"),
    ("BEGIN { trace(`avenrun[3]); }", "d", "index 3 is outside avenrun[3] (0 to 2)"),
    ("BEGIN { trace(`jiffies[0]); }", "d", "`jiffies is not an array xtrace knows"),
    ('probe begin { println(@var("avenrun")) }', "stap", '@var("avenrun") is an array of 3'),
    ('probe begin { println(@var("avenrun")[-1]) }', "stap", "index -1 is outside avenrun[3]"),
])
def test_kernel_array_errors(src, lang, words):
    with pytest.raises(XtraceError, match=words.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        frontends.parse(src, "t." + {"d": "d", "stap": "stp"}[lang], lang)


def test_vue_refuses_an_element_of_a_kernel_array():
    with pytest.raises(XtraceError, match="an element of the kernel array 'avenrun'"):
        translate_text('#pragma D option quiet\nBEGIN { printf("%d\\n", `avenrun[0]); }', "t.d", "d", "vue")


def test_stap_var_in_a_function_probe_is_the_parameter():
    # stap resolves @var("fd") as $fd, in the probed function's scope first; a known
    # kernel global or a name with its @file part stays the kernel variable
    src = ('probe kernel.function("ksys_write") { printf("%d %d %d %d\\n", @var("fd"), $fd, '
           '@var("jiffies"), @var("max_threads@kernel/fork.c")) }')
    fd, dollar_fd, jiffies, threads = _printf_args(src, "t.stp", "stap")
    assert fd == dollar_fd == ir.ProbeArg("fd")
    assert (jiffies, threads) == (JIFFIES, MAX_THREADS)
    d = translate_text('probe kernel.function("vfs_write").return { printf("%d\\n", '
                       '@var("file")->f_flags) }', "t.stp", "stap", "d")
    assert "self->entry_flags = args[0]->f_flags;" in d  # saved at entry, as $file->f_flags
    with pytest.raises(XtraceError, match="does not know the C type"):
        frontends.parse('probe begin { printf("%d\\n", @var("fd")) }', "t.stp", "stap")


def test_a_member_of_a_major_names_element_in_stap_and_d():
    """stap's `@var("major_names@block/genhd.c")[i]->name`: the address of the name of
    the block driver of chain i (struct blk_major_name's name, 12 bytes in), which D
    says `` `major_names[i]->name ``; both printers give it back."""
    from xtrace.frontends import kernel_vars
    src = ('probe begin { printf("%s\\n", kernel_string(@var("major_names@block/genhd.c")[7]->name)) '
           'exit() }\n')
    (arg,) = _printf_args(src, "t.stp", "stap")
    assert isinstance(arg, ir.Call) and arg.name == "kernel_string"
    name, index, member = kernel_vars.member_address_read(arg.args[0])
    assert (name, member) == ("major_names", "name") and index == ir.IntLit(7)
    assert arg.args[0].rhs == ir.IntLit(12)
    d = translate_text(src, "t.stp", "stap", "d")
    assert "`major_names[7]->name" in d
    assert '@var("major_names@block/genhd.c")[7]->name' in translate_text(src, "t.stp", "stap", "stap")


def test_d_reads_a_major_names_member_through_its_address():
    src = 'BEGIN { printf("%s\\n", stringof((char *)(`major_names[7]->name))); exit(0); }\n'
    (arg,) = _printf_args(src, "t.d", "d")
    from xtrace.frontends import kernel_vars
    assert arg.name == "kernel_string" and kernel_vars.member_address_read(arg.args[0])[2] == "name"
    assert '@var("major_names@block/genhd.c")[7]->name' in translate_text(src, "t.d", "d", "stap")
