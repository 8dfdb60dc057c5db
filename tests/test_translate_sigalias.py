"""D's proc:::signal-send as stap's signal.send, and the alias's variables back in D
(sigalias):

* A D clause on proc:::signal-send whose every read of the tracepoint is a
  signal.send variable (args[2] `sig`, args[1]->pr_pid `sig_pid`,
  args[1]->pr_fname `pid_name`) is a probe on signal.send reading them, with no
  try block (the alias reads the task); one reading anything else keeps the raw
  tracepoint (frontends/stap/print_signal.py). A D port's signal_name() table
  read (this->sig_name) is the alias's sig_name.
* stap's signal.send back in D reads args[N] where the clause only reads the
  alias's variable, no `this->sig = args[2]` copies, its guard the predicate
  (frontends/d/provider_args_back.py alias_reads_inlined).
Cases d/proc_signal_send_vars, stap/tapset_signal_send.
"""

from __future__ import annotations

from xtrace.driver.translate import translate_text

SEND = """#pragma D option quiet
proc:::signal-send
/pid == $target && args[2] == SIGKILL/
{
	printf("send %s sig=%d self=%d\\n", args[1]->pr_fname, args[2], args[1]->pr_pid == pid);
}
"""


def _stap(d: str) -> str:
    return translate_text(d, "t.d", "d", "stap")


def _d(stp: str) -> str:
    return translate_text(stp, "t.stp", "stap", "d")


def test_a_clause_reading_the_alias_variables_is_a_probe_on_signal_send():
    out = _stap(SEND)
    assert ("probe signal.send\n{\n    if (pid() != target() || sig != 9) next\n"
            '    printf("send %s sig=%d self=%d\\n", pid_name, sig, sig_pid == pid())\n}') in out, out
    assert "try" not in out and "$task" not in out and "kernel.trace" not in out, out


def test_a_read_the_alias_has_no_variable_for_keeps_the_tracepoint():
    out = _stap(SEND.replace("args[1]->pr_pid == pid", "args[1]->pr_ppid"))
    assert 'probe kernel.trace("signal:signal_generate")' in out and "signal.send" not in out, out
    assert "$task->real_parent->tgid" in out and "try {" in out, out


def test_a_clause_reading_no_argument_is_on_signal_send():
    out = _stap("proc:::signal-send { @n[execname] = count(); }")
    assert "probe signal.send\n{\n    n[execname()] <<< 1\n}" in out, out


def test_stringof_the_name_and_a_local_named_as_a_variable():
    out = _stap("#pragma D option quiet\nproc:::signal-send { this->sig = args[2]; "
                '@[stringof(args[1]->pr_fname)] = count(); printf("%d\\n", this->sig); }')
    assert "probe signal.send" in out, out
    # the clause's own local keeps clear of the alias's `sig`
    assert "sig_2 = sig" in out and 'printf("%d\\n", sig_2)' in out, out
    assert "[pid_name] <<< 1" in out and "kernel_string" not in out, out


def test_signal_send_reads_back_in_d_as_args_without_copies():
    back = _d(_stap(SEND))
    assert ("proc:::signal-send\n/pid == $target && args[2] == 9/\n{\n"
            '    printf("send %s sig=%d self=%d\\n", args[1]->pr_fname, args[2], args[1]->pr_pid == pid);\n}'
            ) in back, back
    assert "this->" not in back and "ERROR" not in back, back


def test_a_variable_the_probe_stores_into_stays_a_clause_local():
    back = _d('probe signal.send { sig_pid = sig_pid + 1; printf("%d %s\\n", sig_pid, pid_name) }')
    assert "this->sig_pid = args[1]->pr_pid;" in back, back
    assert 'printf("%d %s\\n", this->sig_pid, args[1]->pr_fname);' in back, back


def test_the_signal_name_table_read_is_sig_name_again():
    stp = ('probe signal.send {\n\tif (sig == 10)\n'
           '\t\tprintf("%s -> %s %s %d\\n", execname(), pid_name, sig_name, sig_pid == pid())\n}\n')
    d = _d(stp)
    # the name is the table's (a computed value stays a clause-local), the rest args[N]
    assert 'this->sig_name = signame[args[2]] != "" ? signame[args[2]] : lltostr(args[2]);' in d, d
    assert "args[1]->pr_fname, this->sig_name,\n               args[1]->pr_pid == pid" in d, d
    again = _stap(d)
    assert again.rstrip().endswith('probe signal.send\n{\n    if (sig == 10)\n        printf("%s -> %s %s %d\\n", '
                          'execname(), pid_name, sig_name, sig_pid == pid())\n}'), again
    assert "signame" not in again, again


def test_a_table_filled_otherwise_is_no_signal_name():
    d = ('#pragma D option quiet\nstring t[int];\nBEGIN { t[10] = "USR1"; }\n'
         'proc:::signal-send { this->n = t[args[2]] != "" ? t[args[2]] : lltostr(args[2]); '
         'printf("%s\\n", this->n); }')
    out = _stap(d)
    assert "probe signal.send" in out and "sig_name" not in out, out
    assert 'n = t[sig] != "" ? t[sig] : sprintf("%d", sig)' in out, out


def test_globals_keep_clear_of_the_alias_and_an_int_copy_needs_no_conversion():
    out = _stap('#pragma D option quiet\nint sig;\nproc:::signal-send { sig = args[2]; '
                'this->name = execname; printf("%s %d\\n", this->name, sig); }\n'
                'END { printf("%d\\n", sig); }\n')
    # a global `sig` would be the one the alias stores into; `name` is the alias's too
    assert "global sig_2" in out and "sig_2 = sig\n" in out and "name_2 = execname()" in out, out
    assert "dtrace_int" not in out, out
    # the end probe's loop variables may take the alias's names (no alias there)
    out = _stap('proc:::signal-send { @c[stringof(args[1]->pr_fname), args[2]] = count(); }')
    assert "foreach ([pid_name, sig] in c" in out, out
