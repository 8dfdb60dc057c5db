"""Regressions found by running real scripts (DTraceToolkit, SystemTap's examples,
published ProbeVue scripts) and their translations side by side in the sandbox
(`python -m xtrace.conformance.realrun`, docs/translate-real-scripts.md)."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def _to(text: str, lang: str, to: str) -> str:
    out = translate_text(text, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)  # it is real code
    return out


def test_d_stringof_a_translated_members_name_is_one_kernel_string_in_stap():
    # DTraceToolkit sigdist.d: args[1]->pr_fname is $task->comm, a char array that
    # stap reads with one kernel_string(); a second one is a type error in stap.
    d = ('proc:::signal-send { @c[execname, stringof(args[1]->pr_fname), args[2]] = count(); }\n')
    stp = _to(d, "d", "stap")
    assert "kernel_string($task->comm)" in stp
    assert "kernel_string(kernel_string(" not in stp


def test_a_comparison_predicate_is_the_opposite_comparison_before_next_in_stap():
    # ProbeVue wiki_read.e: `when (__pid == 123456)`
    stp = _to('@@syscall:*:read:entry when (__pid == 123456) { printf("r\\n"); }\n', "vue", "stap")
    assert "if (pid() != 123456) next" in stp
    back = frontends.parse(stp, "b.stp", "stap")
    assert back.probes[0].predicate.op == "=="  # read back as the predicate it was


def test_a_negated_comparison_predicate_survives_the_round_trip_through_stap():
    stp = _to('syscall::read:entry /!(pid == 1)/ { trace(1); }\n', "d", "stap")
    back = frontends.parse(stp, "b.stp", "stap")
    pred = back.probes[0].predicate
    assert pred.op == "!" and pred.operand.op == "=="


def test_vue_rv_at_a_syscall_exit_is_retval_or_minus_one_in_stap():
    # ProbeVue mm.e / shm_watch.e: __rv is -1 when the call failed
    stp = _to('@@syscall:*:mmap:exit { printf("0x%X\\n", __rv); }\n', "vue", "stap")
    assert 'printf("0x%X\\n", retval < 0 ? -1 : retval)' in stp


def test_d_fileinfo_of_one_member_defines_only_that_members_code_in_stap():
    # one-liner: syscall::read:entry /fds[arg0].fi_fs == "sockfs"/ { @[execname] = count(); }
    stp = _to('syscall::read:entry /fds[arg0].fi_fs == "sockfs"/ { @[execname] = count(); }\n', "d", "stap")
    assert "fullpath_struct_file" not in stp and "dtrace_pathpart" not in stp
    assert "return kernel_string(@cast(dt_f, \"file\")->f_path->dentry->d_sb->s_type->name)" in stp
    both = _to('syscall::write:entry { @[fds[arg0].fi_pathname, fds[arg0].fi_name] = count(); }\n',
               "d", "stap")
    assert "if (dt_what == 2 || dt_p == \"<unknown>\")" in both and "dtrace_pathpart(dt_p, dt_what)" in both


def test_d_open_is_guarded_against_the_openat_hits_of_vues_open_clause():
    # one-liner ol2.d: syscall::open*:entry. xtrace's Vue open clause also fires at
    # openat(AT_FDCWD, ...) with the arguments shifted; D's open does not.
    vue = _to('syscall::open:entry { printf("%s\\n", copyinstr(arg0)); }\n', "d", "vue")
    assert 'if (get_function() == "open")' in vue
    globbed = _to('syscall::open*:entry { printf("%s\\n", copyinstr(arg0)); }\n', "d", "vue")
    clauses = globbed.split("@@")
    opens = [c for c in clauses if c.startswith("syscall:*:open:entry")]
    assert len(opens) == 1 and 'get_function() == "open"' in opens[0]
    assert all('get_function() == "open"' not in c for c in clauses if c.startswith("syscall:*:openat:"))
    back = frontends.parse(vue, "b.e", "vue")
    assert len(back.probes) == 2  # the open clause and its openat companion, which never passes


def test_a_vue_open_clause_says_its_openat_hits_in_stap_without_a_guard():
    stp = _to('@@syscall:*:open:entry { printf("o\\n"); }\n', "vue", "stap")
    assert "get_function" not in stp and "syscall.openat" in stp


def test_d_probefunc_of_every_syscall_names_pread64_as_d_does_in_stap():
    # one-liner ol4.d: syscall:::entry { @num[probefunc] = count(); } printed `pread`
    # where DTrace prints `pread64`: stap's `name` is the tapset's name of the call.
    stp = _to("syscall:::entry { @num[probefunc] = count(); }\n", "d", "stap")
    assert "num[dtrace_probefunc(name)] <<< 1" in stp
    assert 'if (dt_n == "pread")\n        return "pread64"' in stp
    one = _to("syscall::read:entry { @num[probefunc] = count(); }\n", "d", "stap")
    assert "num[name] <<< 1" in one and "dtrace_probefunc" not in one


def test_stap_print_of_a_literal_is_that_text_as_the_format_in_d_and_vue():
    # SystemTap's syscalls_by_pid.stp: print ("Collecting data... Type Ctrl-C ...\n")
    src = 'probe begin { print("100% done\\n"); println("a", "b") }\n'
    d = _to(src, "stap", "d")
    assert 'printf("100%% done\\n");' in d and 'printf("ab\\n");' in d
    assert '"%s"' not in d
    vue = _to(src, "stap", "vue")
    assert 'printf("100%% done\\n");' in vue


def test_stap_name_of_every_syscall_keeps_stap_names_in_d():
    # SystemTap's topsys_noprom.stp: syscalls_count[name] over syscall.* prints pread
    # where D's probefunc says pread64.
    src = ('global c\nprobe syscall.* { c[name] <<< 1 }\n'
           'probe end { foreach (k in c) printf("%s %d\\n", k, @count(c[k])) }\n')
    d = _to(src, "stap", "d")
    assert '@c[probefunc == "mmap" ? "mmap2" : probefunc == "pread64" ? "pread" : ' \
           'probefunc == "pwrite64" ? "pwrite" : probefunc] = count();' in d
    one = _to('probe syscall.read { printf("%s\\n", name) }\n', "stap", "d")
    assert 'printf("%s\\n", probefunc);' in one


def test_d_io_file_of_one_member_defines_only_that_members_code_in_stap():
    # one-liner ol7.d: io:::start { @[args[1]->dev_statname, args[2]->fi_pathname] = sum(...); }
    stp = _to("io:::start { @[args[1]->dev_statname, args[2]->fi_pathname] = sum(args[0]->b_bcount); }\n",
              "d", "stap")
    assert "dtrace_pathpart" not in stp and "dt_what == 3" not in stp
    assert '        dt_p = "/" . dt_p\n    return dt_p\n}' in stp


_OPTS = ('inline int OPT_dump = 0;\n'
         'inline int OPT_name = 1;\n'
         'inline string NAME = "ls";\n'
         'syscall::execve:entry /OPT_name == 0 || execname == NAME/\n'
         '{ OPT_dump ? printf("%d\\n", pid) : printf("%s\\n", execname); }\n')


def test_d_inline_switches_keep_their_names_as_stap_macros():
    # DTraceToolkit execsnoop.d, opensnoop.d ...: `inline int OPT_dump = 0;` switches
    # were `if (0)` in stap; a human writes the name, as an @define
    stp = _to(_OPTS, "d", "stap")
    assert stp.startswith('@define OPT_dump %( 0 %)\n@define OPT_name %( 1 %)\n'
                          '@define NAME %( "ls" %)\n\n')
    assert "if (!(@OPT_name == 0 || execname() == @NAME)) next" in stp
    assert "if (@OPT_dump) {" in stp


def test_d_inline_constants_stay_inlines_in_d_and_literals_in_vue():
    d = translate_text(_OPTS, "t.d", "d", "d")
    assert 'inline int OPT_name = 1;\ninline string NAME = "ls";' in d
    assert "/OPT_name == 0 || execname == NAME/" in d
    vue = _to(_OPTS, "d", "vue")  # Vue has no named constants
    assert 'when (1 == 0 || __pname == "ls")' in vue


def test_an_inline_named_as_a_stap_operator_stays_a_literal():
    stp = _to('inline int count = 3;\nBEGIN { printf("%d\\n", count); exit(0); }\n', "d", "stap")
    assert "@define" not in stp and 'printf("%d\\n", 3)' in stp
