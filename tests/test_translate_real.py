"""Regressions found by running real scripts (DTraceToolkit, SystemTap's examples,
published ProbeVue scripts) and their translations side by side in the sandbox
(`python -m xtrace.conformance.realrun`, docs/translate-real-scripts.md)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError
from xtrace.driver.translate import translate_text
from translating import translated, unwrapped


def _to(text: str, lang: str, to: str) -> str:
    return translated(text, to, lang)


def test_d_stringof_a_translated_members_name_is_one_kernel_string_in_stap():
    # DTraceToolkit sigdist.d: args[1]->pr_fname is $task->comm, a char array that
    # stap reads with one kernel_string(); a second one is a type error in stap.
    d = ('proc:::signal-send { @c[execname, stringof(args[1]->pr_fname), args[2]] = count(); }\n')
    stp = _to(d, "d", "stap")
    # (the probe on signal.send reads it as the alias's pid_name: sigalias)
    assert "c[execname(), pid_name, sig] <<< 1" in stp, stp
    assert "kernel_string(" not in stp


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


# opensnoop-nd.stp's shape: stap's syscall.open at entry and return
_OPENSNOOP = ('probe syscall.open { printf("%s %s\\n", execname(), filename) }\n'
              'probe syscall.open.return { printf("%d\\n", retval) }\n')
_NOTE = "/* open(2) only, as in stap: this clause also fires at openat(AT_FDCWD, ...) */"


def test_the_vue_ports_open_guard_says_why_in_one_line_above_it():
    # a reader of a Vue port asks why an @@syscall:*:open clause tests its own function:
    # the one-line note above the test says (once in the port, as the port's notes are)
    vue = _to(_OPENSNOOP, "stap", "vue")
    lines = vue.splitlines()
    at = lines.index("    " + _NOTE)
    assert lines[at - 2:at + 2] == ["@@syscall:*:open:entry", "{", "    " + _NOTE,
                                    '    if (get_function() == "open")'], vue
    assert vue.count("open(2) only") == 1 and vue.count('if (get_function() == "open"') == 2
    assert len(_NOTE) <= 80
    # a D port's says D
    d_vue = _to('syscall::open:entry { printf("%s\\n", copyinstr(arg0)); }\n', "d", "vue")
    assert "/* open(2) only, as in D: this clause also fires at openat(AT_FDCWD, ...) */\n" \
           '    if (get_function() == "open")' in d_vue
    # a Vue open clause of a Vue script has no guard, and no note
    assert "open(2) only" not in _to('@@syscall:*:open:entry { printf("o\\n"); }\n', "vue", "vue")


@pytest.mark.parametrize("to", ["stap", "d"])
def test_the_way_back_drops_the_open_guards_note(to):
    # the note is the porter's word, not a comment of the script: read back, the clause
    # is what it is without it (the round trip unchanged), where a comment of a
    # person's own in its place is kept
    # (Vue -> D refuses the raw return value at the openat companion's exit, note or
    # none: the entry alone there)
    vue = _to(_OPENSNOOP if to == "stap" else _OPENSNOOP.splitlines()[0] + "\n", "stap", "vue")
    bare = vue.replace("    " + _NOTE + "\n", "")
    assert bare != vue
    assert frontends.parse(vue, "p.e", "vue").probes == frontends.parse(bare, "p.e", "vue").probes
    assert translate_text(vue, "p.e", "vue", to) == translate_text(bare, "p.e", "vue", to)
    own = vue.replace(_NOTE, "/* my own word */")
    assert "my own word" in translate_text(own, "p.e", "vue", to)
    # ... and the note is dropped only above the guard it explains
    elsewhere = '@@syscall:*:read:entry\n{\n    ' + _NOTE + '\n    printf("r\\n");\n}\n'
    assert "open(2) only" in translate_text(elsewhere, "p.e", "vue", to)


def test_a_vue_open_clause_says_its_openat_hits_in_stap_without_a_guard():
    stp = _to('@@syscall:*:open:entry { printf("o\\n"); }\n', "vue", "stap")
    assert "get_function" not in stp and "syscall.openat" in stp


def test_d_probefunc_of_every_syscall_names_pread64_as_d_does_in_stap():
    # one-liner ol4.d: syscall:::entry { @num[probefunc] = count(); } becomes syscall_any,
    # whose `name` is the kernel's (syscall_name(syscall_nr): pread64, as DTrace says);
    # a syscall.NAME alias's `name` is the tapset's (pread), which the helper maps back.
    stp = _to("syscall:::entry { @num[probefunc] = count(); }\n", "d", "stap")
    assert "probe syscall_any\n" in stp and "num[name] <<< 1" in stp
    assert "dtrace_probefunc" not in stp
    some = _to("syscall::pread*:entry { @num[probefunc] = count(); }\n", "d", "stap")
    assert "num[dtrace_probefunc(name)] <<< 1" in some
    assert 'if (dt_n == "pread")\n        return "pread64"' in some
    one = _to("syscall::read:entry { @num[probefunc] = count(); }\n", "d", "stap")
    assert "num[name] <<< 1" in one and "dtrace_probefunc" not in one


def test_stap_print_of_a_literal_is_that_text_as_the_format_in_d_and_vue():
    # SystemTap's syscalls_by_pid.stp: print ("Collecting data... Type Ctrl-C ...\n")
    src = 'probe begin { print("100% done\\n"); println("a", "b") }\n'
    d = _to(src, "stap", "d")
    assert 'printf("100%% done\\n");' in d and 'printf("ab\\n");' in d
    assert '"%s"' not in d
    # a constant address is never readable: the error text itself
    assert 'printf("-\\n");' in _to('probe begin { printf("%s\\n", user_string(0, "-")) }\n',
                                     "stap", "d")
    vue = _to(src, "stap", "vue")
    assert 'printf("100%% done\\n");' in vue


def test_stap_name_of_every_syscall_keeps_stap_names_in_d():
    # SystemTap's topsys_noprom.stp: syscalls_count[name] over syscall.* prints pread
    # where D's probefunc says pread64.
    src = ('global c\nprobe syscall.* { c[name] <<< 1 }\n'
           'probe end { foreach (k in c) printf("%s %d\\n", k, @count(c[k])) }\n')
    d = _to(src, "stap", "d")
    assert '@c[probefunc == "mmap" ? "mmap2" : probefunc == "pread64" ? "pread" : ' \
           'probefunc == "pwrite64" ? "pwrite" : probefunc == "getdents64" ? "getdents" : ' \
           'probefunc] = count();' in unwrapped(d)
    one = _to('probe syscall.read { printf("%s\\n", name) }\n', "stap", "d")
    assert 'printf("%s\\n", probefunc);' in one


def test_stap_name_of_every_syscall_keeps_stap_names_in_vue():
    # the Beginners Guide's targetexample.stp (fifth sample): its Vue port printed
    # get_function(), the kernel's mmap and pread64 at a syscallx probe
    src = 'probe syscall.* { if (pid() == target()) printf("%s\\n", name) }\n'
    vue = _to(src, "stap", "vue")
    assert 'printf("%s\\n", get_function() == "mmap" ? "mmap2" : get_function() == "pread64" ? ' \
           '"pread" : get_function() == "pwrite64" ? "pwrite" : get_function() == "getdents64" ? ' \
           '"getdents" : get_function());' in unwrapped(vue)
    one = _to('probe syscall.read { printf("%s\\n", name) }\n', "stap", "vue")
    assert 'printf("%s\\n", get_function());' in one


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
    assert "if (@OPT_name != 0 && execname() != @NAME) next" in stp
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


def test_stap_table_of_a_function_of_the_key_stored_beside_the_count_is_a_key_in_d():
    # SystemTap's sig_by_proc.stp: sig2name[sig] = sig_name beside each count, printed
    # as sig2name[sig_num] in the row loop: the aggregation carries the name as a key,
    # the signal number comes last, unprinted (printa need not print every key).
    src = ('global cnt, names\n'
           'probe signal.send {\n'
           '  cnt[execname(), sig] <<< 1\n'
           '  if (!(sig in names)) names[sig] = sig_name\n'
           '}\n'
           'probe end { foreach ([who, s] in cnt-) printf("%s %s %d\\n", who, names[s], @count(cnt[who, s])) }\n')
    d = _to(src, "stap", "d")
    assert "@cnt[execname, this->sig_name, args[2]] = count();" in d
    assert 'printa("%s %s %@d\\n", @cnt);' in d
    assert "names[" not in d and "names;" not in d  # the table is no longer read, nor stored


def test_stap_expression_of_the_keys_printed_by_a_row_loop_is_a_key_in_d():
    # errno.stp's `error ? errno_str(error) : ""` column, after the value here
    src = ('global e\n'
           'probe syscall.openat.return { if (retval < 0) e[pid(), retval] <<< 1 }\n'
           'probe end { foreach ([p, r] in e-) printf("%d %d %s\\n", p, @count(e[p, r]), r < -1 ? "x" : "y") }\n')
    d = _to(src, "stap", "d")
    assert '@e[pid, this->retval < -1 ? "x" : "y", this->retval] = count();' in d \
        or '@e[pid, arg0 < -1 ? "x" : "y", arg0] = count();' in d \
        or '@e[pid, (int)arg0 < -1 ? "x" : "y", (int)arg0] = count();' in d, d
    assert 'printa("%d %@d %s\\n", @e);' in d


def test_stap_value_kept_per_key_that_is_no_function_of_it_is_named_in_the_d_refusal():
    # errno.stp: execname[p] = execname() is the name a process last had: as a key it
    # would split the rows of a process that changed its name.
    import pytest
    from xtrace.ir.loc import XtraceError
    src = ('global names, c\n'
           'probe syscall.read { names[pid()] = execname(); c[pid()] <<< 1 }\n'
           'probe end { foreach (p in c-) printf("%d %s %d\\n", p, names[p], @count(c[p])) }\n')
    with pytest.raises(XtraceError, match=r"each row prints 'names\[\.\.\]', a value 'names' keeps "
                                          r"per key that is not computed from the key alone"):
        _to(src, "stap", "d")


def test_stap_table_stored_in_another_probe_than_the_count_stays_refused_in_d():
    # names[s] is stored only by the begin probe's keys, not beside each count: a
    # count whose key has no name prints "" in stap, which no key function says.
    import pytest
    from xtrace.ir.loc import XtraceError
    src = ('global cnt, names\n'
           'probe signal.send { cnt[sig] <<< 1 }\n'
           'probe signal.send { if (sig == 9) names[sig] = sig_name }\n'
           'probe end { foreach (s in cnt-) printf("%s %d\\n", names[s], @count(cnt[s])) }\n')
    with pytest.raises(XtraceError, match="D has no loops"):
        _to(src, "stap", "d")


def test_stap_loop_adding_one_array_into_another_is_named_in_the_d_refusal():
    # iotop.stp / traceio.stp: foreach (n in writes) total_io[n] += writes[n]
    import pytest
    from xtrace.ir.loc import XtraceError
    src = ('global w, t\n'
           'probe syscall.write { w[execname()] += 1 }\n'
           'probe timer.s(1) { foreach (n in w) t[n] += w[n]\n'
           '  foreach (n in t- limit 3) printf("%s %d\\n", n, w[n]) delete w delete t }\n')
    with pytest.raises(XtraceError, match="this loop adds every element of 'w' into 't'"):
        _to(src, "stap", "d")


def test_stap_limit_of_rows_joining_other_arrays_is_named_in_the_d_refusal():
    # iotop.stp's printing loop: `limit` of a loop printing other arrays' elements
    import pytest
    from xtrace.ir.loc import XtraceError
    src = ('global a, h\n'
           'probe syscall.read { a[tid()] <<< 1; h[tid()] += 1 }\n'
           'probe timer.s(1) { foreach (t in a- limit 5) printf("%d %d %d\\n", t, @count(a[t]), h[t])\n'
           '  delete a delete h }\n')
    with pytest.raises(XtraceError, match=r"not only the rows of the first elements of 'a' \(`limit`\)"):
        _to(src, "stap", "d")


_UNION = ('global tx, rx, seen\n'
          'probe netdev.transmit { tx[pid(), dev_name] <<< length }\n'
          'probe netdev.receive { rx[pid(), dev_name] <<< length }\n'
          'function show() {\n'
          '  foreach ([p, d] in rx-) seen[p, d] = 1\n'
          '  foreach ([p, d] in tx-) seen[p, d] = 1\n'
          '  foreach ([p, d] in seen-) {\n'
          '    n = @count(tx[p, d])\n'
          '    printf("%s %d %d %d %d\\n", d, n, @count(rx[p, d]), n ? @sum(tx[p, d])/1024 : 0, p)\n'
          '  }\n'
          '  %s\n'
          '}\n'
          'probe timer.s(5), end, error { show() }\n')


def test_stap_loop_over_the_keys_of_several_arrays_is_one_printa_in_d():
    # SystemTap's nettop.stp: the keys of two statistics arrays gathered in a set,
    # a row per key with statistics of both; the set emptied after each print.
    d = _to(_UNION.replace("%s\n", "delete seen delete tx delete rx\n", 1), "stap", "d")
    assert "@tx_count[this->dev_name, pid] = count();" in d
    assert "@tx_sum[this->dev_name, pid] = sum(this->length);" in d
    assert "@rx_count[this->dev_name, pid] = count();" in d and "rx_sum" not in d
    assert ("    normalize(@tx_sum, 1024);\n"
            '    printa("%s %@d %@d %@d %d\\n", @tx_count, @rx_count, @tx_sum);\n'
            "    trunc(@tx_count);\n") in d
    assert "seen" not in d
    # `probe ..., end, error`: stap runs the error probes instead of the end probes,
    # here the same ones, as D runs END after the ERROR clause's exit(1)
    assert "profile:::tick-5s,\nEND\n{" in d and "ERROR\n{\n    exit(1);\n}" in d


def test_stap_set_of_keys_not_emptied_after_the_print_stays_refused_in_d():
    # a set that keeps the keys of earlier prints holds more than the arrays' keys
    import pytest
    from xtrace.ir.loc import XtraceError
    # (the function is written out in the timer probe, and the statistics its loop
    # reads, which no printa prints, cannot be split into one aggregation each)
    with pytest.raises(XtraceError, match="D has no|a D aggregation holds a single statistic"):
        _to(_UNION.replace("%s\n", "delete tx delete rx\n", 1), "stap", "d")


def test_stap_probe_error_beside_other_end_probes_stays_refused_in_d():
    import pytest
    from xtrace.ir.loc import XtraceError
    src = 'probe end, error { printf("a\\n") }\nprobe end { printf("b\\n") }\n'
    with pytest.raises(XtraceError, match=r"stap's `probe error`"):
        _to(src, "stap", "d")


def test_stap_limit_of_rows_joining_other_statistics_is_named_in_the_d_refusal():
    # SystemTap's iotop.stp: foreach (n in total @sum- limit 10) prints
    # @sum(reads[n])/1024: printa would join @reads on every key, not the top 10.
    import pytest
    from xtrace.ir.loc import XtraceError
    src = ('global r, t\n'
           'probe syscall.read { r[execname()] <<< 1; t[execname()] <<< 1 }\n'
           'probe timer.s(5) { foreach (n in t @sum- limit 10) printf("%s %d\\n", n, @sum(r[n]))\n'
           '  delete r delete t }\n')
    with pytest.raises(XtraceError, match=r"printa can print 'r' joined on their keys, but not only "
                                          r"the rows of the first elements of 't' \(`limit`\)"):
        _to(src, "stap", "d")


def test_stap_union_loop_printing_an_unguarded_min_stays_refused_in_d():
    # stap faults on @min of an element never added to; printa would show 0
    import pytest
    from xtrace.ir.loc import XtraceError
    src = _UNION.replace("%s\n", "delete seen delete tx delete rx\n", 1).replace(
        "n ? @sum(tx[p, d])/1024 : 0", "@min(tx[p, d])")
    with pytest.raises(XtraceError, match="D has no|a D aggregation holds a single statistic"):
        _to(src, "stap", "d")
    ok = _to(src.replace("@min(tx[p, d])", "n ? @min(tx[p, d]) : 0"), "stap", "d")
    assert "@tx_min[this->dev_name, pid] = min(this->length);" in ok


def test_stap_user_mode_at_a_timer_is_arg0_zero_in_d():
    # SystemTap's thread-times.stp: user_mode() in timer.profile; D's profile arg1 is
    # the interrupted user PC, 0 in kernel mode (conformance d/profile_args): tested,
    # it says user mode (ir/profilemode.py)
    d = _to('global n\nprobe timer.profile { if (user_mode()) n++ }\n'
            'probe timer.s(1) { printf("%d\\n", n) exit() }\n', "stap", "d")
    assert "/arg1/\n{\n    n++;\n" in d


def test_stap_user_string_with_an_error_text_is_copyinstr_and_get_userstring_with_a_note():
    # SystemTap's opensnoop-nd.stp: user_string(@entry(pointer_arg(1)), "-") prints "-"
    # where the path cannot be read; D and Vue have no fallback, and the output says so
    src = ('probe nd_syscall.open.return {\n'
           '  printf("%d %s\\n", retval, user_string(@entry(pointer_arg(1)), "-"))\n}\n')
    d = _to(src, "stap", "d")
    assert '    /* stap printed "-" where the string could not be read; D reports the fault ' \
           'instead */\n    printf("%d %s\\n", arg0, copyinstr(self->' in d, d
    # a constant address is never readable: the error text itself
    assert 'printf("-\\n");' in _to('probe begin { printf("%s\\n", user_string(0, "-")) }\n',
                                     "stap", "d")
    vue = _to(src, "stap", "vue")
    assert '/* stap printed "-" where the string could not be read; Vue reports the fault ' \
           'instead */' in vue
    assert "get_userstring(entry_filename, -1));" in vue, vue


def test_stap_in_an_array_of_process_names_is_a_test_against_the_empty_string():
    # sig_by_pid.stp: pid2name only ever holds execname() or a task's comm (the
    # signal.send alias's pid_name), never "": `in` is `!= ""`, `!in` is `== ""`
    src = ('global names\n'
           'probe signal.send {\n'
           '  if (!(pid() in names)) names[pid()] = execname()\n'
           '  if (!(sig_pid in names)) names[sig_pid] = pid_name\n'
           '}\n'
           'probe end { if (1 in names) printf("%s\\n", names[1]) }\n')
    d = _to(src, "stap", "d")
    assert 'if (names[pid] == "")\n        names[pid] = execname;' in d, d
    # the end probe's whole body: its predicate (nothing can fault: the alias reads
    # the task, so no test that skips it after a run-time error)
    assert 'END\n/names[1] != ""/' in d and "errored" not in d, d
    vue = _to(src.replace("signal.send", "syscall.kill").replace("sig_pid", "pid").replace(
        "pid_name", "execname()"), "stap", "vue")
    assert 'if (names[__pid] == "")' in vue, vue


def test_stap_arrays_of_formatted_and_function_made_names_are_never_empty():
    # signal_name() returns a name or sprintf("%d", sig): never ""; a format of a
    # bare %s can be, and so can a function that may return one
    from xtrace.ir.membership import nonzero_maps
    src = ('global n, m, k\n'
           'function nm:string (s:long) { if (s == 1) return "one" return sprintf("%d", s) }\n'
           'function em:string (s:long) { if (s == 1) return "one" return sprintf("%s", "") }\n'
           'probe syscall.kill { n[sig] = nm(sig); m[sig] = em(sig); k[sig] = sprintf("%5s", "") }\n')
    prog = frontends.parse(src, "t.stp", "stap")
    assert nonzero_maps(prog) == {"n": True, "k": True}


def test_stap_write_once_array_printed_by_a_row_loop_is_a_key_read_after_its_stores_in_d():
    # SystemTap's sig_by_pid.stp: pid2name[p] is set once per pid (the first name it
    # was seen with) and never changed: read after its stores, beside the count, it is
    # what the loop prints for that pid, so the count moves after the stores.
    src = ('global cnt, names\n'
           'probe signal.send {\n'
           '  cnt[pid(), sig_pid] <<< 1\n'
           '  if (!(pid() in names)) names[pid()] = execname()\n'
           '  if (!(sig_pid in names)) names[sig_pid] = pid_name\n'
           '}\n'
           'probe end { foreach ([s, r] in cnt-) printf("%d %s %d %s %d\\n", s, names[s], r, '
           'names[r], @count(cnt[s, r])) }\n')
    d = _to(src, "stap", "d")
    body = d[d.index("proc:::signal-send"):]
    assert body.index("names[args[1]->pr_pid] = ") < body.index("@cnt[") , d
    assert "@cnt[pid, names[pid], args[1]->pr_pid, names[args[1]->pr_pid]] = count();" in d, d
    assert 'printa("%d %s %d %s %@d\\n", @cnt);' in d


def test_stap_array_overwritten_or_deleted_stays_refused_as_a_row_column_in_d():
    # a name stored unguarded (the last one) or deleted is not the one at the update
    import pytest
    from xtrace.ir.loc import XtraceError
    base = ('global cnt, names\n'
            'probe signal.send {\n'
            '  cnt[pid()] <<< 1\n'
            '  if (!(pid() in names)) names[pid()] = execname()\n'
            '}\n'
            'probe end { foreach (s in cnt-) printf("%s %d\\n", names[s], @count(cnt[s])) }\n')
    assert "@cnt[names[pid], pid] = count();" in _to(base, "stap", "d")
    for change in ('probe syscall.exit { delete names[pid()] }\n',
                   'probe syscall.kill { names[pid()] = "x" }\n'):
        with pytest.raises(XtraceError, match="D has no loops"):
            _to(base + change, "stap", "d")


def test_stap_process_begin_refusal_names_the_processes_d_and_vue_cannot_see():
    import pytest
    from xtrace.ir.loc import XtraceError
    src = 'probe process.begin { printf("%d\\n", pid()) }\n'
    with pytest.raises(XtraceError, match=r"already running when the session starts.*"
                                          r"proc:::start, proc:::exec-success"):
        _to(src, "stap", "d")
    with pytest.raises(XtraceError, match=r"sysproc has no event in a new process"):
        _to(src, "stap", "vue")


def test_stap_delete_of_a_string_element_is_storing_the_empty_string_in_d():
    # timeout_noprom.stp's `delete process[pid()]` of an execname(): D frees a dynamic
    # variable stored 0; a string element stored "" reads "" as a deleted one does
    src = ('global names\n'
           'probe syscall.kill { names[pid()] = execname() }\n'
           'probe syscall.exit { if (pid() in names) delete names[pid()] }\n')
    d = _to(src, "stap", "d")
    assert '/names[pid] != ""/\n{\n    names[pid] = "";\n' in d, d


def test_d_proc_provider_probes_are_their_linux_probe_with_the_test_in_stap():
    # one-liners `proc:::create { @[execname] = count(); }` and `proc:::exit {...}`:
    # stap has the tracepoint or function, and says which hits with `if (...) next`
    d2s = {
        "proc:::create": ('probe kernel.trace("sched:sched_process_fork")',
                          "    if ($child->pid != $child->tgid) next\n"),
        "proc:::lwp-create": ('probe kernel.trace("sched:sched_process_fork")',
                              "    if ($child->pid == $child->tgid) next\n"),
        "proc:::exit": ('probe kernel.function("taskstats_exit")', "    if (!$group_dead) next\n"),
        # (schedule_tail()'s entry, which stap's kprocess.start is: print_kprocess.py)
        "proc:::start": ('probe kprocess.start',
                         "    if (pid() != tid()) next\n    if (@cast(task_current(), "
                         '"task_struct")->flags & @PF_KTHREAD) next\n'),
        "proc:::lwp-start": ('probe kprocess.start',
                             '    if (@cast(task_current(), "task_struct")->flags & @PF_KTHREAD) next\n'),
    }
    for probe, (point, guard) in d2s.items():
        stp = _to(f"#pragma D option quiet\n{probe} {{ @[execname] = count(); }}\n", "d", "stap")
        assert f"# D's {probe}: " in stp, stp
        assert f"{point}\n{{\n{guard}" in stp, stp
    stp = _to('#pragma D option quiet\nproc:::start /execname == "ls"/ { @ = count(); }\n', "d", "stap")
    assert "@define PF_KTHREAD %( 2097152 %)" in stp
    # the provider's test first, then the script's own predicate
    assert stp.index("@PF_KTHREAD") < stp.index('if (execname() != "ls")'), stp


def test_d_exec_failure_is_the_exec_syscalls_failing_returns_in_stap():
    # whoexec.d (DTrace book): proc:::exec-failure clears what proc:::exec stored
    stp = _to('#pragma D option quiet\nproc:::exec-failure /execname == "env"/ '
              '{ printf("%s %d\\n", execname, args[0]); }\n', "d", "stap")
    assert "# D's proc:::exec-failure: an execve or execveat that failed" in stp, stp
    assert "probe syscall.execve.return, syscall.execveat.return\n{\n    if (retval >= 0) next\n" in stp, stp
    # the script's predicate after the failure test; args[0] (the errno) from retval
    assert stp.index("retval >= 0") < stp.index('execname() != "env"'), stp
    assert 'printf("%s %d\\n", execname(), -retval)' in stp, stp


def test_d_probe_mixing_provider_tests_stays_refused_in_stap():
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match="which stap cannot say"):
        _to("#pragma D option quiet\nproc:::create, proc:::lwp-create { @ = count(); }\n", "d", "stap")


def test_d_stringof_copyin_is_user_string_n_in_stap():
    # one-liner `syscall::write:entry /pid == $target/ { printf("%s", stringof(copyin(arg1, arg2))); }`
    stp = _to('#pragma D option quiet\nsyscall::write:entry /pid == $target/ '
              '{ printf("%s", stringof(copyin(arg1, arg2))); }\n', "d", "stap")
    # write's buf_uaddr and count are its 64-bit arguments 1 and 2 (ir/sysparams.py)
    assert 'printf("%s", user_string_n(buf_uaddr, count))' in stp, stp
    vue = _to('#pragma D option quiet\nsyscall::write:entry /pid == $target/ '
              '{ printf("%s", stringof(copyin(arg1, arg2))); }\n', "d", "vue")
    assert 'printf("%s", get_userstring(__arg2, __arg3));' in vue, vue


def test_d_psargs_of_the_child_of_proc_create_is_the_parents_cmdline_in_stap():
    # `proc:::create { @[args[0]->pr_psargs] = count(); }`: at the fork the child's
    # memory is its parent's (copied or shared), so are its arguments
    stp = _to("#pragma D option quiet\nproc:::create { @[args[0]->pr_psargs] = count(); }\n",
              "d", "stap")
    assert "    counts[substr(cmdline_str(), 0, 79)] <<< 1\n" in stp, stp


def test_d_typed_inline_keeps_its_name_as_a_stap_macro():
    # DTraceToolkit creatbyproc.d: `inline uint_t AT_FDCWD = 0xffd19553;` is a cast
    # constant; its name survives as an @define like an untyped inline's
    stp = _to('#pragma D option quiet\ninline uint_t AT_FDCWD = 0xffd19553;\n'
              'syscall::openat:entry /(uint_t)arg0 == AT_FDCWD/ { printf("%s\\n", execname); }\n',
              "d", "stap")
    assert "@define AT_FDCWD %( 4291925331 %)" in stp, stp
    assert "uint_arg(1) != @AT_FDCWD" in stp or "uint_arg(1) == @AT_FDCWD" in stp, stp


def test_stap_entry_values_are_freed_at_return_in_every_language():
    # stap keeps @entry values with the call and drops them at return; the thread-local
    # that holds one in xtrace (and in the D and Vue translations) is set to 0 once read,
    # as a porter frees a D thread-local, so no slot stays per thread
    src = ('probe syscall.openat.return {\n'
           '  if (execname() == "cat") printf("%s %d\\n", user_string(@entry($filename)), retval)\n}\n')
    d = _to(src, "stap", "d")
    assert "syscall::openat:entry\n{\n    self->entry_filename = arg1;\n}" in d, d
    assert "copyinstr(self->entry_filename), arg0);\n    self->entry_filename = 0;\n}" in d, d
    assert "entry_filename = 0;\n}" in _to(src, "stap", "vue")
    # (without the ERROR clause that says stap's end at a run-time error)
    back = _to(d[:d.index("/* stap ends")], "d", "stap")
    assert "delete entry_filename[tid()]" in back, back


def test_stap_entry_values_are_named_for_what_they_hold():
    # not __entry_0_0: a clock is entry_time, a builtin its own name
    d = _to('probe kernel.function("vfs_read").return {\n'
            '  printf("%d %d\\n", gettimeofday_us() - @entry(gettimeofday_us()), @entry(cpu()))\n}\n',
            "stap", "d")
    assert "    self->entry_time = walltimestamp / 1000;\n    self->entry_cpu = cpu;\n" in d, d


def test_a_vue_int_counter_is_stepped_through_a_named_int32_helper_in_stap():
    # IBM's "Global class variables" script (and count.e): `int m_count; m_count++;`,
    # `m_count += f_count;`. stap's numbers are 64 bits, so the 32-bit wrap stays,
    # said by one named helper rather than masks on every step.
    vue = ('int m_count; int f_count;\n'
           '@@BEGIN { f_count = 12; }\n'
           '@@syscall:*:read:entry { m_count += f_count; printf("m_count = %d\\n", m_count); }\n'
           '@@syscall:*:write:entry { m_count++; }\n')
    stp = _to(vue, "vue", "stap")
    assert "m_count = int32(m_count + f_count)" in stp
    assert "m_count = int32(m_count + 1)" in stp
    assert stp.count("function int32:long(v:long)") == 1
    assert "0x80000000) - 0x80000000)" not in stp.split("function int32")[0]
    # and it reads back as the Vue it came from
    back = _to(stp, "stap", "vue")
    assert "m_count += f_count;" in back and "m_count++;" in back
    assert "int32" not in back


def test_a_vue_int32_helper_name_taken_by_the_script_is_renamed():
    vue = ('int int32; int n;\n'
           '@@syscall:*:read:entry { n++; int32 = n; printf("%d\\n", int32); }\n')
    stp = _to(vue, "vue", "stap")
    assert "function int32_2:long(v:long)" in stp and "n = int32_2(n + 1)" in stp


def test_vue_environment_variables_are_the_values_probevue_compiles_in(monkeypatch):
    # IBM's stringshell.e: `if (s == $FILE_NAME)` run as FILE_NAME=\"/etc/passwd\";
    # probevue puts exported variables' values in when it compiles the script
    monkeypatch.setenv("FILE_NAME", '"/etc/passwd"')
    vue = ('int open(char *path, int oflag);\n'
           '@@syscall:*:open:entry { String s[40]; s = get_userstring(__arg1, -1);\n'
           '  if (s == $FILE_NAME) { printf("opened %s\\n", s); exit(); } }\n')
    assert 'if (s == "/etc/passwd")' in _to(vue, "vue", "d")
    assert 'if (s == "/etc/passwd")' in _to(vue, "vue", "stap")


def test_an_unset_vue_environment_variable_is_an_error_naming_it(monkeypatch):
    import pytest
    from xtrace.ir.loc import XtraceError
    monkeypatch.delenv("NO_SUCH_VAR_XT", raising=False)
    with pytest.raises(XtraceError, match=r"\$NO_SUCH_VAR_XT is not set"):
        translate_text('@@BEGIN { printf("%d\\n", $NO_SUCH_VAR_XT); }\n', "t.e", "vue", "d")


def test_a_vue_uft_probe_of_a_process_by_number_is_d_pidN_and_stap_process_N(monkeypatch):
    # IBM's myscript2.e run as PID=4242: @@syscall + `__pid == $PID`, @@uft:$PID:*:foo:entry
    monkeypatch.setenv("PID", "4242")
    vue = ('@@syscall:*:read:entry when (__pid == $PID) { int count; count++; }\n'
           '@@uft:$PID:*:foo:entry { printf("%d\\n", count); }\n')
    d = translate_text(vue, "t.e", "vue", "d")
    assert "pid4242::foo:entry" in d and "/pid == 4242/" in d
    stp = translate_text(vue, "t.e", "vue", "stap")
    assert 'probe process(4242).function("foo")' in stp
    # stap's process(PID) form reads back as the same point (Vue's @@uft:4242)
    back = translate_text(stp, "t.stp", "stap", "vue")
    assert "@@uft:4242:*:foo:entry" in back


def test_the_tracing_process_is_vue_trcid_d_pid_and_stap_stp_pid():
    vue = '@@BEGIN { printf("%d\\n", __trcid); exit(); }\n'
    d = _to(vue, "vue", "d")
    assert 'printf("%d\\n", $pid);' in d
    assert "__trcid" in _to(d, "d", "vue")
    assert "stp_pid()" in _to(d, "d", "stap")


def test_vue_kernelmode_is_the_clause_points_constant_in_d():
    # IBM's built-in variables page: `__kernelmode == 1 ? "kernel" : "user"` at read()
    vue = ('@@syscall:*:read:entry { printf("Mode = %s\\n", __kernelmode == 1 ? "kernel" : "user");'
           ' printf("%d\\n", __kernelmode); exit(); }\n'
           '@@uft:$__CPID:*:foo:entry { printf("%s\\n", __kernelmode == 1 ? "kernel" : "user"); }\n')
    d = _to(vue, "vue", "d")
    assert 'printf("Mode = kernel\\n");' in d and 'printf("%d\\n", 1);' in d
    assert 'printf("user\\n");' in d


def test_vue_kernelmode_at_an_interval_stays_refused_in_d():
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match="kernelmode"):
        translate_text('@@interval:*:clock:100 { printf("%d\\n", __kernelmode); }\n', "t.e", "vue", "d")


def test_d_pid_macro_is_left_for_the_frontend_as_the_tracing_process():
    # a run expands D's macros first; $pid is the tracing process, which in the
    # sandbox VM is the guest's agent (the -c command's parent), not this process
    from xtrace.frontends.d import preprocess as pp
    from xtrace.ir import nodes as ir
    ctx = pp.MacroContext(["t.d"], pp.macro_variables(7), kept=frozenset({"pid"}))
    text = pp.expand_macros('BEGIN { x = $pid; y = $$pid; z = $target; }', "t.d", ctx)
    import os
    assert text == f'BEGIN {{ x = $pid; y = "{os.getpid()}"; z = 7; }}'
    prog = frontends.parse('BEGIN { trace($pid); }', "t.d", "d")
    assert ir.Builtin("tracer_pid") in [a for s in prog.probes[0].body.stmts
                                        for a in getattr(s, "args", [])] \
        or "tracer_pid" in repr(prog.probes[0].body)


def test_a_vue_script_argument_as_a_syscall_tuples_process_is_the_targets_argument():
    # the Oracle-on-AIX net/read script: `@@syscall:$1:read:entry` (run with the pid as $1)
    vue = '@@syscall:$1:read:entry\n{\n\tprintf("read by %d\\n", __pid);\n}\n'
    d = _to(vue, "vue", "d")
    assert "syscall::read:entry\n/pid == $1/\n" in d
    # (stap's $1 is read when the script is parsed with its arguments)
    assert "if (pid() != $1) next" in translate_text(vue, "t.e", "vue", "stap")
    assert _to(d, "d", "vue").startswith("@@syscall:$1:read:entry\n")  # the original's tuple again


def test_a_script_argument_in_other_tuples_process_field_stays_refused():
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match="script arguments in probe tuples"):
        translate_text('@@sysproc:exit:$1 { printf("x\\n"); }\n', "t.e", "vue", "d")


def test_stap_rows_chosen_by_an_if_are_named_in_the_d_refusal():
    # the Beginners Guide's vfsreads-print-if-1kb.stp and vfsreads-stop-onstapio2.stp
    src = ('global reads\nprobe vfs.read { reads[execname()]++ }\nprobe timer.s(3) {\n'
           '\tforeach (count in reads-)\n\t\tif (reads[count] >= 1024)\n'
           '\t\t\tprintf("%s : %dkB \\n", count, reads[count] / 1024)\n'
           '\t\telse\n\t\t\tprintf("%s : %d\\n", count, reads[count])\n}\n')
    with pytest.raises(XtraceError) as ex:
        _to(src, "stap", "d")
    assert "printed by one of two printf()s an `if` chooses" in ex.value.message
    assert "nearest: printa" in ex.value.message and ex.value.loc.line == 4
    filtered = src.replace('\t\telse\n\t\t\tprintf("%s : %d\\n", count, reads[count])\n', "")
    with pytest.raises(XtraceError) as ex:
        _to(filtered, "stap", "d")
    assert "printed only when an `if` holds" in ex.value.message
