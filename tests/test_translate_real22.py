"""The twenty-second real-script sample's fixes (docs/translate-real-scripts.md):
stap's array member read as its address in D (`&skb->cb`), a refusal found in
tapset code located at the script's probe, and D's clause-local carried to
another probe's clause refused there with the thread-local a porter writes."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from xtrace.driver.translate import translate_text
from translating import translated

# hankai17/technology_stack's tcp_recv_queue.stap (stapxx's), cut down
SKB_CB = ('probe kernel.function("tcp_data_queue") {\n'
          '    if (@cast($skb->cb, "tcp_skb_cb")->seq != @cast($skb->cb, "tcp_skb_cb")->end_seq)\n'
          '        printf("%d\\n", $skb->len)\n'
          '}\n')


def test_an_array_member_read_as_its_address_is_d_ampersand():
    d = translated(SKB_CB, "d")
    assert "((struct tcp_skb_cb *)&args[1]->cb)->seq != ((struct tcp_skb_cb *)&args[1]->cb)->end_seq" in d


def test_an_array_address_kept_in_a_variable_reads_as_in_stap():
    d = translated('probe syscall.exit_group {\n'
                   '    comm = @cast(task_current(), "struct task_struct")->comm\n'
                   '    printf("%s %c\\n", kernel_string(comm), kernel_char(comm))\n'
                   '}\n', "d")
    assert "this->comm = &curthread->comm;" in d
    assert 'printf("%s %c\\n", stringof(this->comm), *(char *)this->comm);' in d


def test_an_array_member_of_a_constant_address_is_the_address_plus_its_offset():
    d = translated('probe begin { printf("%d\\n", @cast(4096, "struct sockaddr")->sa_data) }\n', "d")
    assert 'printf("%d\\n", &((struct sockaddr *)4096)->sa_data);' in d


# hankai17/technology_stack's ctx_switches.stap (stapxx's ctx-switches), cut down:
# the tapset's scheduler.ctxswitch sets prev_pid from $prev->tgid, which Vue cannot read
CTXSWITCH = ('global count\n'
             'probe scheduler.ctxswitch {\n'
             '    if (prev_pid == target() || next_pid == target())\n'
             '        count++\n'
             '}\n'
             'probe timer.s(1) { printf("%d cs/sec\\n", count); count = 0 }\n')


def test_a_refusal_in_tapset_code_is_at_the_scripts_probe_and_names_its_variable():
    with pytest.raises(XtraceError) as ex:
        translate_text(CTXSWITCH, "ctx.stp", "stap", "vue")
    assert ex.value.loc is not None and ex.value.loc.file == "ctx.stp" and ex.value.loc.line == 2
    assert "`$prev->tgid`" in ex.value.message
    assert "the tapset code that sets this probe's `prev_pid`" in ex.value.message
    # the caret line is the script's own
    assert "probe scheduler.ctxswitch {" in ex.value.render()


def test_a_refusal_in_the_scripts_own_code_keeps_its_location():
    with pytest.raises(XtraceError) as ex:
        translate_text('probe kernel.function("vfs_read") { printf("%d\\n", $file->f_flags) }\n',
                       "own.stp", "stap", "vue")
    assert ex.value.loc is not None and ex.value.loc.line == 1
    assert "tapset" not in ex.value.message


# claudiouzelac/dtrace-scripts' memcall.d, cut down: this->start set at mmap's entry
# and read at its return, where D does not carry it
MEMCALL = ('#pragma D option quiet\n'
           'BEGIN { printf("go\\n"); }\n'
           '::mmap:entry { @P[pid] = count(); this->start = timestamp; }\n'
           '::mmap:return { @A[pid] = avg(timestamp - this->start); }\n')


def test_a_local_read_in_another_probes_clause_is_refused_there_naming_a_thread_local():
    for to, name in (("stap", "stap"), ("vue", "ProbeVue")):
        with pytest.raises(XtraceError) as ex:
            translate_text(MEMCALL, "memcall.d", "d", to)
        msg = ex.value.message
        assert ex.value.loc is not None and ex.value.loc.line == 4, msg
        assert f"the clause-local this->start, set in a clause on other probe points (line 3) " \
               f"and read in this one, has no {name} equivalent" in msg
        assert "nearest: a thread-local, self->start" in msg
