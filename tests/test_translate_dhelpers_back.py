"""D subroutines the stap translation writes as stap functions (basename, substr,
printf %a, ...) read back as those subroutines (frontends/stap/dhelpers_back.py),
and a script's own function of the same name with another body left alone."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.frontends.stap.print_dstrings import ADDR_HELPER, HELPERS
from xtrace.ir import nodes as ir
from translating import translated, unwrapped


def _stap(text: str, optimize: bool = False) -> ir.Program:
    return frontends.parse(text, "t.stp", "stap", optimize=optimize)


def _calls(prog: ir.Program, cls=ir.Call) -> list:
    return [x for p in prog.probes for x in ir.walk([p.body, p.predicate]) if isinstance(x, cls)]


@pytest.mark.parametrize("optimize", [False, True])
def test_the_pathpart_helper_reads_back_as_basename_and_dirname(optimize):
    stp = translated('BEGIN { printf("%s %s\\n", basename("/a/b"), dirname("/a/b")); }', "stap", "d")
    assert "function dtrace_pathpart" in stp
    prog = _stap(stp, optimize)
    assert prog.functions == []
    assert [(c.name, [a.value for a in c.args]) for c in _calls(prog)] == \
        [("basename", ["/a/b"]), ("dirname", ["/a/b"])]


def test_each_string_helper_translates_back_into_its_d_subroutine():
    d = ('BEGIN { printf("%s %s %d %d %s %s %s %s %s %s\\n", toupper("ab"), tolower("AB"), '
         'index("aXa", "a", 1), rindex("aXa", "a"), strchr("a/b", \'/\'), strrchr("a/b", \'/\'), '
         'substr(execname, 1), substr("hello", 1, 2), cleanpath("/a/../b"), lltostr(5, 2)); }')
    back = translated(translated(d, "stap", "d"), "d")
    assert ('printf("%s %s %d %d %s %s %s %s %s %s\\n", toupper("ab"), tolower("AB"), '
            'index("aXa", "a", 1), rindex("aXa", "a"), strchr("a/b", 47), strrchr("a/b", 47), '
            'substr(execname, 1), substr("hello", 1, 2), cleanpath("/a/../b"), lltostr(5, 2));') in unwrapped(back)


def test_a_helper_whose_locals_were_renamed_away_from_globals_is_read_back():
    # a global dt_len: the printer renames the helper's local dt_len (fresh_locals)
    stp = translated('BEGIN { dt_len = 3; printf("%s %d\\n", basename("/a/b"), dt_len); }', "stap", "d")
    assert "dt_len_2" in stp
    prog = _stap(stp)
    assert prog.functions == []
    assert [c.name for c in _calls(prog)] == ["basename"]


def test_printf_a_and_S_helpers_read_back_as_the_conversions():
    stp = translated('BEGIN { printf("[%-20a] [%5S]\\n", 0, "a\\tb"); }', "stap", "d")
    assert "function dtrace_addr" in stp and "function dtrace_strescape" in stp
    prog = _stap(stp)
    assert prog.functions == []
    (pf,) = _calls(prog, ir.Printf)
    assert pf.fmt == "[%-20a] [%5S]\n"
    assert [type(a) for a in pf.args] == [ir.IntLit, ir.StrLit]


def _pathpart_named(name: str, change: tuple[str, str] = ("", "")) -> str:
    return HELPERS["basename"][1].replace("NAME", name, 1).replace(*change)


def test_a_function_with_the_helpers_name_and_another_body_stays_the_scripts():
    # one character of the scan changed: it is no longer D's basename
    fn = _pathpart_named("dtrace_pathpart", ("dt_i >= 0 && stringat(dt_s, dt_i) == 47",
                                             "dt_i >= 0 && stringat(dt_s, dt_i) == 46"))
    prog = _stap(fn + '\nprobe begin { println(dtrace_pathpart("/a/b", 0)) }\n')
    assert [f.name for f in prog.functions] == ["dtrace_pathpart"]
    assert _calls(prog) == [] and len(_calls(prog, ir.FuncCall)) == 1


def test_the_helper_under_any_name_is_read_back_and_its_name_alone_never():
    prog = _stap(_pathpart_named("my_base") + '\nprobe begin { println(my_base("/a/b", 0)) }\n')
    assert prog.functions == [] and [c.name for c in _calls(prog)] == ["basename"]
    prog = _stap('function dtrace_pathpart:string(s:string, d:long) { return s }\n'
                 'probe begin { println(dtrace_pathpart("/a/b", 0)) }\n')
    assert [f.name for f in prog.functions] == ["dtrace_pathpart"]


def test_a_helper_whose_local_is_a_global_of_the_script_stays_the_scripts():
    # dt_len is a global here: in the function it is that global, not a local
    prog = _stap("global dt_len\n" + _pathpart_named("dtrace_pathpart")
                 + '\nprobe begin { println(dtrace_pathpart("/a/b", 0)) }\n')
    assert [f.name for f in prog.functions] == ["dtrace_pathpart"]


def test_a_call_with_a_computed_flag_keeps_the_helper():
    prog = _stap(_pathpart_named("dtrace_pathpart")
                 + '\nprobe begin { println(dtrace_pathpart("/a/b", 0)); '
                   'println(dtrace_pathpart("/a/b", randint(2))) }\n')
    assert [c.name for c in _calls(prog)] == ["basename", "randint"]
    assert [f.name for f in prog.functions] == ["dtrace_pathpart"]


def test_substr_with_another_string_size_stays_the_helper():
    src = HELPERS["substr"][1].replace("NAME", "dtrace_substr", 1)
    prog = _stap(src + '\nprobe begin { println(dtrace_substr("hello", 1, 512, 512)) }\n')
    assert [f.name for f in prog.functions] == ["dtrace_substr"]


def test_the_addr_helper_outside_a_printf_conversion_stays_a_function():
    src = ADDR_HELPER.replace("NAME", "dtrace_addr", 1)
    prog = _stap(src + '\nprobe begin { s = dtrace_addr(0); println(s) }\n')
    assert [f.name for f in prog.functions] == ["dtrace_addr"]


def test_the_strstr_expression_reads_back_as_strstr():
    stp = translated('BEGIN { printf("[%s]\\n", strstr(execname, "sh")); }', "stap", "d")
    assert "isinstr(execname(), " in stp
    (c,) = _calls(_stap(stp))
    assert c.name == "strstr" and c.args[1] == ir.StrLit("sh")
    assert 'printf("[%s]\\n", strstr(execname, "sh"));' in translated(stp, "d")


def test_the_strstr_expression_of_an_argument_with_effects_stays_as_written():
    # the expression evaluates its first argument three times, strstr() once
    expr = 'isinstr({a}, "1") ? substr({a}, strpos({a}, "1"), strlen({a})) : ""'
    prog = _stap('global n\nprobe begin { println(%s) }\n' % expr.format(a="sprint(n++)"))
    assert all(c.name != "strstr" for c in _calls(prog))
    prog = _stap('global n\nprobe begin { n = 1; println(%s) }\n' % expr.format(a="sprint(n)"))
    assert all(c.name != "strstr" for c in _calls(prog))  # a call: not known to be pure
    prog = _stap('global s\nprobe begin { s = "01"; println(%s) }\n' % expr.format(a="s"))
    assert [c.name for c in _calls(prog)] == ["strstr"]


def test_the_int_helper_reads_back_as_the_cast():
    stp = translated('syscall::mmap:return { printf("%d\\n", (int)arg0); }', "stap", "d")
    assert "function dtrace_int" in stp
    prog = _stap(stp)
    assert prog.functions == []
    (cast,) = [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Cast)]
    assert (cast.to.bits, cast.to.signed) == (32, True)


def test_the_inet_ntop_helper_of_a_kernel_address_reads_back_as_inet_ntop():
    from xtrace.frontends.stap.print_dinet import SOURCE
    src = SOURCE.replace("NAME", "dtrace_inet_ntop", 1)
    prog = _stap(src + "\nprobe begin { println(dtrace_inet_ntop(2, 0, 0)) }\n")
    # (the tapset's user_uint32 the helper called stays, as the tapset's functions do)
    assert "dtrace_inet_ntop" not in [f.name for f in prog.functions]
    assert [c.name for c in _calls(prog)] == ["inet_ntop"]
    # from a user address (D's copyin()'d buffer), which the call no longer says: kept
    prog = _stap(src + "\nprobe begin { println(dtrace_inet_ntop(2, 0, 1)) }\n")
    assert "dtrace_inet_ntop" in [f.name for f in prog.functions]


def test_the_fileinfo_helpers_read_back_as_fds_members():
    d = ('syscall::write:entry { printf("%s %s %d\\n", fds[arg0].fi_name, fds[arg0].fi_fs, '
         'fds[arg0].fi_offset); }')
    stp = translated(d, "stap", "d")
    assert "function dtrace_fileinfo:" in stp and "function dtrace_fileinfo_int" in stp
    prog = _stap(stp)
    assert not [f for f in prog.functions if f.name.startswith("dtrace_")]
    assert [(c.name, c.args[2].value) for c in _calls(prog) if c.name.startswith("fileinfo")] == \
        [("fileinfo_str", 0), ("fileinfo_str", 3), ("fileinfo_int", 5)]
    assert ('printf("%s %s %d\\n", fds[arg0].fi_name, fds[arg0].fi_fs, fds[arg0].fi_offset);'
            in translated(stp, "d"))


def test_a_fileinfo_helper_for_other_members_than_its_calls_read_stays_the_scripts():
    # the helper's text has the branches of fi_name and fi_fs; its calls read fi_name only
    stp = translated('syscall::write:entry { printf("%s %s\\n", fds[arg0].fi_name, fds[arg0].fi_fs); }',
                     "stap", "d")
    stp = stp.replace("dtrace_fileinfo(task_fd_lookup(task_current(), long_arg(1)), 3)", '"x"')
    assert ", 3)" not in stp.split("function")[0]
    prog = _stap(stp)
    assert "dtrace_fileinfo" in [f.name for f in prog.functions]


@pytest.mark.parametrize("optimize", [False, True])
def test_the_stack_helper_of_backtrace_reads_back_as_the_stack_action(optimize):
    # D's stack(N) and stack() are the helper's calls of backtrace() at the action's
    # indentation (print_dstack.py), which read back as those actions, helpers gone
    d = '#pragma D option quiet\nfbt::vfs_read:entry { stack(2); printf("--\\n"); stack(); }\n'
    stp = translated(d, "stap", "d")
    prog = _stap(stp, optimize)
    assert prog.functions == []
    assert [(s.layout, s.depth) for s in _calls(prog, ir.PrintStack)] == [("dtrace", 2), ("dtrace", None)]
    assert "stack(2);" in translated(stp, "d") and "stack();" in translated(stp, "d")
    # another indentation (printa's %k of a key) is no action: the helper stays the
    # script's function, with every call of it (one read back would leave the %a
    # helper it calls to a port, which would define it beside the script's)
    other = stp.replace('(), ' + '"' + " " * 14 + '")', '(), "  ")')
    prog = _stap(other, optimize)
    assert _calls(prog, ir.PrintStack) == [] and [f.name for f in prog.functions] == ["dtrace_stack"]
