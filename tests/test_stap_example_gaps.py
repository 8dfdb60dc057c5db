"""Constructs systemtap.examples scripts use that the stap frontend lowers
(docs/stap-real-scripts.md): the IR they become, and the stap printer's text."""

from __future__ import annotations

import pytest

from xtrace.frontends.stap import parse, print_program
from xtrace.frontends.stap.library import with_library
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError


def body(src: str) -> list[ir.Stmt]:
    return parse(src, "t.stp").probes[0].body.stmts


def test_the_false_branch_of_a_ternary_may_assign():
    loop = body("probe begin { for (t = 0; t < 8; !t ? ++t : t += 3) print(t) }")[0]
    found = [e for e in ir.walk(loop) if isinstance(e, ir.Ternary)]
    assert len(found) == 1 and isinstance(found[0].else_, ir.Assign)
    assert found[0].else_.op == "+="


def test_an_assignment_right_of_a_ternary_assigns_only_in_its_branch():
    s = body("probe begin { y = 1 ? 5 : x = 7 }")[0]
    assert isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)
    tern = s.expr.value
    assert isinstance(tern, ir.Ternary) and isinstance(tern.else_, ir.Assign)


@pytest.mark.parametrize("src, negated", [
    ("global n, c\nprobe begin { c && (++n == c) && exit() }", False),
    ("global i\nprobe begin { i || exit(); i = 1 }", True),
])
def test_a_logical_chain_ending_in_exit_is_an_if(src, negated):
    s = body(src)[0]
    assert isinstance(s, ir.If)
    assert isinstance(s.cond, ir.Unary) == negated
    inner = s.then
    while isinstance(inner, ir.If):
        inner = inner.then
    assert isinstance(inner, ir.Exit)


def test_exit_in_a_value_is_still_refused():
    with pytest.raises(XtraceError, match="exit\\(\\) can only be used as a statement"):
        parse("probe begin { x = exit() }", "t.stp")


def test_system_formats_its_command():
    s = body('probe begin { system(sprintf("echo %d", 42)); system("ls") }')
    assert isinstance(s[0], ir.System) and s[0].fmt == "echo %d" and len(s[0].args) == 1
    assert isinstance(s[1], ir.System) and s[1].fmt == "ls" and not s[1].args
    pct = body('probe begin { system("date +%s") }')[0]
    assert isinstance(pct, ir.System) and pct.fmt == "date +%%s"
    text = print_program(parse('probe begin { system(sprintf("echo %d", 42)); system("ls") }', "t.stp"))
    assert 'system(sprintf("echo %d", 42))' in text and 'system("ls")' in text


def test_cast_sizeof_is_the_address_of_element_one():
    s = body('probe begin { x = @cast_sizeof("task_struct") }')[0]
    elem = s.expr.value
    assert isinstance(elem, ir.KernelElem) and elem.addr_of
    assert isinstance(elem.base, ir.KernelCast) and elem.base.ctype == "struct task_struct *"
    text = print_program(parse('probe begin { println(@cast_sizeof("union futex_key")) }', "t.stp"))
    assert '@cast_sizeof("union futex_key")' in text


@pytest.mark.parametrize("src, wanted", [
    ("probe oneshot { print(1) }", "probe oneshot = begin { exit() }"),
    ("probe ioblock.request { if (rw == BIO_READ) next }", "global BIO_READ = 0, BIO_WRITE = 1"),
    ("probe tcp.receive { print(dport) }", 'kernel.function("tcp_v4_rcv")'),
    ("probe begin { ansi_set_color3(31, 40, 1) }", "function ansi_set_color3"),
    ("probe begin { print(proc_mem_rss_pid(1)) }", "function __xt_mm_counter"),
    ("probe tcp.recvmsg { print(saddr) }", 'kernel.function("tcp_recvmsg")'),
    ("probe begin { print(ip_ntop(htonl(1))) }", "function htonl"),
    ("probe begin { qsq_start(\"q\") }", "function qsq_utilization"),
])
def test_the_tapset_text_a_script_needs_is_appended(src, wanted):
    assert wanted in with_library(src)


def test_a_script_defining_oneshot_keeps_its_own():
    src = "probe oneshot = begin { }\nprobe oneshot { print(1) }"
    assert with_library(src) == src


def test_tcp_and_ip_functions_are_appended_once():
    text = with_library('probe tcp.recvmsg { print(ip_ntop(ntohs(dport))) }')
    assert text.count("function ip_ntop") == 1 and text.count("function ntohs") == 1
    assert text.count("function __xt_be16") == 1


@pytest.mark.parametrize("point, addr, sym, kind, length", [
    ('kernel.data("jiffies").write', 0, "jiffies", 2, 1),
    ("kernel.data(0xffffffff81000000).rw.length(4)", 0xffffffff81000000, "", 3, 4),
])
def test_kernel_data_is_a_hardware_watchpoint(point, addr, sym, kind, length):
    pp = parse(f"probe {point} {{ print(1) }}", "t.stp").probes[0].points[0]
    assert (pp.kind, pp.perf_type, pp.sample) == ("perf", 5, 1)
    assert (pp.bp_addr, pp.bp_sym, pp.bp_type, pp.bp_len) == (addr, sym, kind, length)
    assert point in print_program(parse(f"probe {point} {{ print(1) }}", "t.stp"))


def test_kernel_data_takes_the_lengths_the_debug_registers_do():
    with pytest.raises(XtraceError, match="1, 2, 4 or 8"):
        parse('probe kernel.data("jiffies").rw.length(3) { }', "t.stp")


def test_argv_and_json_are_appended_for_the_scripts_that_use_them():
    text = with_library("probe begin { print(argv[1], argc) }", 2)
    assert "global argc = 2, argv" in text and "argv[2] = @2" in text
    assert with_library("global argv\nprobe begin { print(argv[1]) }", 1).count("global argv") == 1
    assert 'procfs("data.json")' in with_library("probe json_data { }")


# ---- stap's autocast (nfsd-trace.stp's `fh->fh_dentry`): `->` and `[i]` on a value
# that is no $var; analysis gives it the kernel type the value was stored with.

def test_arrow_after_a_local_a_call_and_parentheses_is_a_member_read():
    stmts = body('function f(p) { return p }\n'
                 'probe kernel.function("vfs_read") { x = $file; a = x->f_pos; '
                 'b = f($file)->f_path->dentry; c = ($file)->f_pos; d = x->f_pos[0] }')
    values = [s.expr.value for s in stmts][1:]
    assert isinstance(values[0], ir.KernelMember) and values[0].base == ir.Var("x", "local")
    assert isinstance(values[1], ir.KernelMember) and values[1].path == ["dentry"]
    assert isinstance(values[1].base.base, ir.FuncCall)
    assert isinstance(values[2], ir.KernelMember) and isinstance(values[2].base, ir.ProbeArg)
    assert isinstance(values[3], ir.KernelElem)


def test_an_index_of_a_local_is_an_element_of_what_it_points_to():
    stmts = body('global arr\nprobe kernel.function("vfs_read") { s = $buf; a = s[1]; arr[1] = 2; b = arr[1] }')
    assert isinstance(stmts[1].expr.value, ir.KernelElem)
    assert isinstance(stmts[3].expr.value, ir.Index)  # a global array stays one


def test_entry_of_a_pointer_takes_members():
    src = 'probe kernel.function("vfs_read").return { println(@entry($file)->f_pos) }'
    text = print_program(parse(src, "t.stp"))
    assert "->f_pos" in text


def test_writing_through_an_autocast_needs_guru_mode():
    with pytest.raises(XtraceError, match="need stap -g"):
        parse('probe kernel.function("vfs_read") { x = $file; x->f_pos = 1 }', "t.stp")


def test_the_printer_writes_an_autocast_back():
    src = 'function f(p) { return p->f_pos }\nprobe begin { x = 0; println(x->f_pos + f(x)) }'
    text = print_program(parse(src, "t.stp"))
    assert "return p->f_pos" in text and "x->f_pos" in text
    assert parse(text, "t.stp") is not None


def _pass2(tmp_path, src: str) -> tuple[int, str]:
    import io
    from xtrace.driver.stap_cli import main
    script = tmp_path / "t.stp"
    script.write_text(src)
    out, err = io.StringIO(), io.StringIO()
    return main(["-p2", str(script)], out, err), err.getvalue()


@pytest.mark.parametrize("src, line, col", [
    # a number never had a type
    ("probe begin { x = 0; println(x->foo) }", 1, 31),
    # a parameter only ever given numbers
    ("function f(p) { return p->f_pos }\nprobe begin { println(f(0)) }", 1, 25),
    # two different kernel types in one local: stap drops the type
    ('probe kernel.function("vfs_read") { x = $file; if (0) x = $buf; println(x->f_pos) }', 1, 74),
])
def test_arrow_on_an_untyped_value_is_stap_s_error(tmp_path, src, line, col):
    status, err = _pass2(tmp_path, src)
    assert status != 0
    assert "semantic error: unknown type in dereference" in err and f"t.stp:{line}:{col}\n" in err, err


def test_the_type_follows_locals_globals_arguments_and_results(tmp_path):
    status, err = _pass2(tmp_path, 'global g\n'
                         'function name:string (f) { return kernel_string(f->f_path->dentry->d_name->name) }\n'
                         'function same(f) { return f }\n'
                         'probe kernel.function("vfs_read") {\n'
                         '  x = 0; x = $file; g = x; y = same(g)\n'
                         '  println(name(y) . kernel_string(same($file)->f_path->dentry->d_iname))\n'
                         '  println(@defined(y->no_such) + @defined(y->f_pos) + y->f_path->dentry->d_name->name[0])\n'
                         '}\n')
    assert status == 0, err


def test_writing_a_cast_member_needs_guru_mode():
    src = 'probe kernel.function("vfs_write") { @cast($file, "file")->f_pos = 0 }'
    with pytest.raises(XtraceError, match="need stap -g"):
        parse(src, "t.stp")
    s = parse(src, "t.stp", guru=True).probes[0].body.stmts[0]
    assert isinstance(s.expr.target, ir.KernelMember) and s.expr.target.path == ["f_pos"]


def test_delete_takes_its_array_in_parentheses():
    s = body("global a\nprobe begin { a[1] = 1; delete(a) }")[1]
    assert isinstance(s, ir.Delete) and s.map == "a" and s.keys is None


def test_user_long_catches_a_bad_address_and_the_error_form_does_not():
    text = with_library("probe begin { println(user_long(0) + user_int_error(0)) }")
    assert "function user_long:long" in text and "function user_int:long" not in text
    s = parse("probe begin { x = user_ushort_error(8) }", "t.stp").probes[0].body.stmts[0]
    assert s.expr.value == ir.Call("user_read", [ir.IntLit(8), ir.IntLit(2), ir.IntLit(0)])


def test_unread_variables_of_a_tapset_alias_are_not_computed():
    stmts = body("probe vfs.read { println(bytes_to_read) }")
    names = {s.expr.target.name for s in stmts
             if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)}
    assert names == {"bytes_to_read"}
    stmts = body("probe vfs.writev { println(pathname, bytes_to_write) }")
    names = {s.expr.target.name for s in stmts
             if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)}
    assert names == {"pathname", "bytes_to_write"}


def test_a_band_aid_gets_the_livepatch_tapset():
    src = 'probe kernel.function("vfs_write") if (cve_enabled_p) { cve_count_metric("hit") }'
    text = with_library(src)
    assert 'probe procfs("cve_fix_p").write' in text and "mitigation loaded" in text
    assert parse(src, "t.stp") is not None
    own = "global cve_enabled_p = 1\n" + src + "\nfunction cve_count_metric(k) { }"
    assert with_library(own) == own


def test_raise_sends_a_signal_in_guru_mode_only():
    with pytest.raises(XtraceError, match="may only be called in guru mode"):
        parse("probe begin { raise(10) }", "t.stp")
    s = parse("probe begin { raise(10) }", "t.stp", guru=True).probes[0].body.stmts[0]
    assert isinstance(s, ir.Raise) and s.sig == ir.IntLit(10)
    # a script's own raise() is its own
    s = body("function raise(x) { println(x) }\nprobe begin { raise(10) }")[0]
    assert isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.FuncCall)


def test_a_condition_belongs_to_its_point():
    prog = parse("global on\nprobe timer.ms(10), timer.ms(20) if (on), timer.ms(30) if (on) { x = 1 }",
                 "t.stp")
    probes = [p for p in prog.probes if p.body.stmts]
    assert [[pp.spelling for pp in p.points] for p in probes] == \
        [["timer.ms(10)"], ["timer.ms(20)", "timer.ms(30)"]]
    assert probes[0].predicate is None and probes[1].predicate is not None


def test_livepatch_is_not_added_for_a_name_in_a_comment():
    src = "# cve_enabled_p: see the band-aids\nprobe begin { exit() } // cve_fix_p\n"
    assert with_library(src) == src


def test_probing_32bit_app_is_appended():
    assert "function probing_32bit_app:long" in with_library("probe begin { println(probing_32bit_app()) }")


def _analyzed(src: str):
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    return analyze(parse(src, "t.stp"), _translation_target())


def test_a_process_path_is_a_glob():
    """process("/usr/lib*/ld-*.so") names the file its pattern matches (stap globs
    it): an optional point matching no file is dropped, a required one is an error
    naming the pattern (general/also_ran.stp, memory/last_100_frees.stp)."""
    _analyzed('probe process("/nonexistent*/ld-*.so").function("f") ?, begin { }')
    with pytest.raises(XtraceError) as info:
        _analyzed('probe process("/nonexistent*/libc.so.*").function("free") { }')
    assert "no file matches '/nonexistent*/libc.so.*'" in info.value.message


@pytest.mark.parametrize("src, names", [
    ("probe begin { print(argv_1 . argv_3) }", ["argv_1", "argv_3"]),
    ("probe begin { print(argc) }", ["argc"]),
])
def test_argv_stp_declares_only_what_the_script_names(src, names):
    """argv.stp's globals the script names, set before its begin probes; argv_N
    past the last argument is "" (stap never auto-prints a tapset's globals)."""
    prog = parse(with_library(src, 0), "t.stp")
    assert sorted(g.name for g in prog.globals) == sorted(names)
    assert not any(isinstance(s, ir.PrintVar) for p in prog.probes for s in p.body.stmts)


def test_a_probe_of_unsupported_optional_points_is_dropped_with_a_warning():
    """profiling/ucalls.stp: `probe hotspot.method_entry? {...}` (the JDK's tapset):
    stap drops an optional point that does not resolve; xtrace drops the probe too,
    and says which point it could not take. (`process("php").mark(...)?` is an SDT
    marker point, which the analysis drops when there is no php.)"""
    prog = parse('probe hotspot.method_entry? { print(class) }\n'
                 'probe process("php").mark("function__entry")? { print($arg1) }\n'
                 'probe begin { exit() }', "t.stp")
    assert [p.points[0].kind for p in prog.probes if p.points] == ["umark", "begin"]
    warnings = prog.options["warnings"]
    assert len(warnings) == 1 and "probe point 'hotspot.method_entry?' is not supported yet" \
        in warnings[0] and "at t.stp:1:7" in warnings[0]
    with pytest.raises(XtraceError):
        parse("probe hotspot.method_entry { }", "t.stp")


def test_a_comment_quoting_a_tapset_alias_is_no_alias_of_the_script():
    # sigkill.stp's comment block cites signal.stp (`# probe signal.send = _signal.send.*`):
    # the script defines no alias, so the signal tapset is still appended.
    src = ('# probe signal.send = _signal.send.*\n'
           '/* probe vfs.read = x { } */\n'
           'probe signal.send { if (sig_name == "SIGKILL") println(pid_name) }\n')
    assert 'probe signal.send = kernel.trace("signal_generate")' in with_library(src)
    assert with_library(src).startswith(src)
    # a string holding `#` is no comment
    own = 'probe signal.send = kernel.trace("x") { s = "# probe" }\nprobe signal.send { }\n'
    assert with_library(own) == own


def test_a_local_read_in_its_own_first_store_is_stap_s_zero():
    # the stap port of dtrace-utils' clause.d: the first clause of the hit reads
    # this->foo only on a path where no clause has stored it; stap starts the local
    # at 0 and takes its type from the literal the store chooses
    an = _analyzed('global me\nprobe begin { foo = me % 3 == 0 ? 10 : foo; printf("%d\\n", foo) }\n')
    store = an.program.probes[0].body.stmts[0].expr
    assert store.target.name == "foo" and store.target.type.is_int
    with pytest.raises(XtraceError, match="'bar' is read before it is assigned"):
        _analyzed('probe begin { bar = bar; printf("%d\\n", bar) }\n')
