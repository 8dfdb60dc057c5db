"""stap's name tables (errno_str, errno_p, signal names) as a D or Vue user writes
them, syscall variables as raw arguments, unread stores left out of stap, and
printer messages in the script's terms. (That the results print what stap prints
is the matrix's job: conformance/stap/tapset_errno_*.stp, tapset_signal_send.stp,
sysvar_timeout_poll_epoll.stp.)"""

from __future__ import annotations

import re

import pytest

from xtrace.backend_c.sysc import ERRNO_NAMES
from xtrace.driver.translate import translate_text
from xtrace.frontends.constructs import describe
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated

_to = translated


ERRNO = """probe syscall.openat.return {
	if (retval < 0)
		printf("%s %s\\n", execname(), errno_str(retval))
}
"""


def test_errno_str_is_a_table_filled_at_begin_in_d():
    d = _to(ERRNO, "d")
    assert "string errname[int64_t];" in d
    fills = re.findall(r'^    errname\[(\d+)\] = "(\w+)";$', d, re.M)
    assert dict((int(n), name) for n, name in fills) == ERRNO_NAMES  # every name: the number is dynamic
    assert d.index("BEGIN\n{") < d.index('errname[2] = "ENOENT";') < d.index("syscall::openat:return")
    # a number with no name prints as stap's errno_str prints it: E and the number
    assert 'errname[this->errno_str_e] != "" ? errname[this->errno_str_e] : ' \
           'strjoin("E", lltostr(this->errno_str_e))' in d
    assert "this->errno_str_e = arg0 < 0 ? -arg0 : arg0;" in d
    assert "errno_str(" not in d.replace("errno_str() names", "")


def test_errno_str_is_a_table_filled_statement_by_statement_in_vue():
    vue = _to(ERRNO, "vue")
    assert vue.index("@@BEGIN") < vue.index('errname[2] = "ENOENT";') < vue.index("@@syscall")
    assert len(re.findall(r'^    errname\[\d+\] = "\w+";$', vue, re.M)) == len(ERRNO_NAMES)
    # Vue cannot turn a number into a string: the table says what that leaves out
    assert 'a number not here reads "" where\n     * stap prints E<n>' in vue
    assert "errname[errno_str_e]" in vue


def test_the_table_joins_the_scripts_own_begin_clause():
    src = 'probe begin { printf("go\\n") }\n' + ERRNO
    d = _to(src, "d")
    assert d.count("BEGIN") == 1
    assert d.index('errname[2] = "ENOENT";') < d.index('printf("go\\n");')
    vue = _to(src, "vue")
    assert vue.count("@@BEGIN") == 1
    assert vue.index('errname[2] = "ENOENT";') < vue.index('printf("go\\n");')


def test_errno_p_reads_the_table_and_constant_calls_are_their_value():
    src = ("global e\nprobe syscall.openat.return { e = errno_p(retval); if (e) printf(\"%d\\n\", e) }\n"
           "probe begin { printf(\"%s %s %d\\n\", errno_str(-2), errno_str(4000), errno_p(-13)) }\n")
    d = _to(src, "d")
    assert 'e = arg0 < 0 && errname[-arg0] != "" ? -arg0 : 0;' in d
    assert 'printf("ENOENT E4000 %d\\n", 13);' in d


def test_signal_names_are_a_table_of_64():
    src = ('probe signal.send { if (sig == 10) printf("%s %s\\n", pid_name, sig_name) }\n')
    d = _to(src, "d")
    fills = dict(re.findall(r'^    signame\[(\d+)\] = "([\w+]+)";$', d, re.M))
    assert len(fills) == 64 and fills["9"] == "SIGKILL" and fills["34"] == "SIGRTMIN+2"
    # (the argument, proc:::signal-send's args[2], is read where the parameter was)
    assert 'signame[args[2]] != "" ? signame[args[2]] : lltostr(args[2])' in d
    assert "__xt" not in d


def test_two_calls_of_one_function_in_a_statement_keep_their_own_values():
    src = ("function twice(x) { y = x * 2\n return y }\n"
           "probe begin { printf(\"%d %d %d\\n\", twice(pid()), twice(tid()), twice(1)) }\n")
    d = _to(src, "d")
    held = re.findall(r"this->(twice\d*) = this->twice_y;", d)
    assert len(held) == len(set(held)) == 2, d


POLL = """probe syscall.{poll,epoll_wait} {
	if (timeout > 0) printf("%s %d\\n", name, timeout)
}
"""


def test_a_syscall_variable_at_different_positions_picks_by_syscall_in_d():
    d = _to(POLL, "d")
    assert '(probefunc == "poll" ? (int)arg2 : (int)arg3) > 0' in d


def test_a_syscall_variable_at_different_positions_is_one_clause_a_syscall_in_vue():
    vue = _to(POLL, "vue")
    poll = vue[vue.index("@@syscall:*:poll:entry"):vue.index("@@syscall:*:epoll_wait:entry")]
    epoll = vue[vue.index("@@syscall:*:epoll_wait:entry"):]
    assert "(int)__arg3 > 0" in poll and "(int)__arg4" in epoll
    # the same argument in every syscall: still a clause each (Vue's __argN is only
    # for a clause of one probe point)
    two = _to('probe syscall.read, syscall.write { printf("%d\\n", fd) }', "vue")
    assert two.count('printf("%d\\n", (int)__arg1);') == 2 and "@@syscall:*:write:entry\n{" in two


def test_a_variable_not_in_every_syscall_is_still_refused():
    with pytest.raises(XtraceError, match="'timeout' has no D equivalent here"):
        translate_text("probe syscall.poll, syscall.read { println(timeout) }", "t.stp", "stap", "d")


def test_an_unread_store_of_a_probe_argument_is_left_out_of_stap():
    """io5.e's `x = __iobuf->bufid`: Vue prints nothing of x, stap would print it at
    exit; reading a probe's argument cannot fail, so the store goes, the clause stays."""
    vue = "@@sysproc:sendsig:* { x = __sigsendinfo->signo; }\n"
    stp = _to(vue, "stap", "vue")
    assert "global x" not in stp and "x =" not in stp
    assert 'probe kernel.trace("signal:signal_generate")' in stp


def test_kernel_members_are_named_in_the_scripts_terms():
    with pytest.raises(XtraceError) as ex:
        translate_text('proc:::signal-send { @[stringof(args[1]->pr_fname)] = count(); }\n',
                       "t.d", "d", "vue")
    assert "D's `args[1]->pr_fname` (kernel structure member access `$task->comm` on Linux)" \
        in ex.value.message
    assert "KernelMember" not in str(ex.value) and (ex.value.loc.file, ex.value.loc.line) == ("t.d", 1)
    # D's curpsinfo->pr_uid is Vue's __uid
    vue = translate_text("syscall::read:entry /curpsinfo->pr_uid == 0/ { printf(\"r\\n\"); }\n",
                         "t.d", "d", "vue")
    assert "__uid == 0" in vue


def test_describe_never_names_an_ir_class():
    member = ir.KernelMember(ir.KernelMember(ir.Builtin("curthread"), ["cred"]), ["uid", "val"])
    assert describe(member) == "kernel structure member access `curthread->cred->uid.val`"
    assert describe(ir.UStack()).startswith("a stack as a value")
    assert describe(ir.Translated("curpsinfo->pr_uid", member)) == "`curpsinfo->pr_uid`"
    for node in (ir.Sprintf("%d", []), ir.Wildcard(), ir.SpecStop("t")):
        assert type(node).__name__ not in describe(node)


def test_alias_locals_nothing_reads_are_left_out():
    """signal.send sets task, sinfo, shared ...; stap elides what the probe never
    reads, and so does the translation (Vue could not even read some of them)."""
    d = _to('probe signal.send { printf("%s %d\\n", pid_name, sig) }\n', "d")
    assert 'printf("%s %d\\n", args[1]->pr_fname, args[2]);' in d, d
    assert "this->task" not in d and "this->sinfo" not in d and "signame" not in d


def test_a_bare_tracepoint_name_is_the_sysproc_event_it_resolved_to():
    vue = _to('probe kernel.trace("sched_process_exec") { println(execname()); exit() }\n', "vue")
    assert "@@sysproc:execpass:*" in vue


def test_d_args0_at_signal_generate_is_vues_sigsendinfo_signo():
    """D's args[0] at signal_generate (the tracepoint's first field, sig) is the signal
    Vue names `__sigsendinfo->signo` at the sysproc:sendsig event it reads back as."""
    d = "#pragma D option quiet\nint64_t sig;\ntracepoint:signal::signal_generate { sig = args[0]; printf(\"%d\\n\", sig); }\n"
    vue = _to(d, "vue", "d")
    assert "@@sysproc:sendsig:*" in vue and "sig = __sigsendinfo->signo;" in vue
