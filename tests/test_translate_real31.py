"""The thirty-first real-script sample's fixes (docs/translate-real-scripts.md).

1. implicateorder/sysadmin-tools' sotop.d (the DTrace book's Chap6/sotop.d) says
   `setopt("aggsortpos", "4"); setopt("aggsortrev", "4");` right before its one
   printa of five aggregations, in the clause that prints every second: the rows
   always come by the fifth aggregation's value, largest first. The stap port
   refused the setopt ("setting a run-time option (setopt()) cannot be expressed
   in stap"), where a porter sorts the printa's row loop by @cpu, descending
   (ir/setopts.settled_sort_setopts).
2. Oracle's io.d gives a block request's bufinfo_t `b_error`, `b_resid` and
   `b_addr` as 0 and `b_bufsize` as its length; xtrace refused the members
   ("not available on Linux"), so the same sample's iotypes.d (its result column
   `b_error != 0 ? strjoin("Error:", ...) : "Success"`) did not compile. The stap
   and Vue ports decide a test of such a constant member as a porter does
   (ir/constmembers.py).
3. io.d's b_flags also holds B_ASYNC (a request without REQ_SYNC) and B_PHYS;
   xtrace's held B_READ or B_WRITE only, so iotypes.d's type column read "read"
   where dtrace prints "async-phys-read". The ports say a test of each flag as the
   request's own (ir/flagtests.py: an OR of flag ternaries masked term by term).
4. gretac/dTraceScripts' predicates.d has two `profile:::tick-1sec` clauses, one
   Vue probe in the port: its note on the CPU column (Vue's @@interval cannot read
   __curthread->cpuid) was said above the probe and again inside it, above the
   second clause's `if` (ir/clausemerge.py)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir import setopts
from translating import d_member_values, translated

# the shape of sotop.d: counts per process, printed every second sorted by @cpu
SOTOP = ('#pragma D option quiet\n'
         'syscall::read:return { @rc[execname, pid] = count(); @rb[execname, pid] = sum(arg0); }\n'
         'profile:::profile-100hz { @cpu[execname, pid] = count(); }\n'
         'profile:::tick-1sec\n'
         '{\n'
         '  normalize(@rb, 1024);\n'
         '  setopt("aggsortpos", "2"); setopt("aggsortrev", "2");\n'
         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n'
         '  trunc(@rc); trunc(@rb); trunc(@cpu);\n'
         '}\n')


def test_aggsortpos_and_a_numbered_aggsortrev_sort_the_stap_rows():
    stp = translated(SOTOP, "stap", "d")
    assert "setopt" not in stp
    # the loop that fills the rows takes @cpu's counts; the rows come largest first
    assert "printa_rows[comm, p] = @count(cpu[comm, p])" in stp
    assert "foreach ([comm, p] in printa_rows-)" in stp


def test_aggsortpos_alone_sorts_ascending():
    stp = translated(SOTOP.replace(' setopt("aggsortrev", "2");', ""), "stap", "d")
    assert "printa_rows[comm, p] = @count(cpu[comm, p])" in stp
    assert "foreach ([comm, p] in printa_rows+)" in stp


@pytest.mark.parametrize("value", ["yes", "On", "set", "4", "0x10", "0"])
def test_toggle_values_dtrace_reads_as_on(value):
    # "0" too: dt_opt_runtime stores 0, which is not UNSET (xtrace's run reads it so)
    assert setopts._turns_on(value)


@pytest.mark.parametrize("value", ["", "no", "unset", "false", "x"])
def test_toggle_values_left_to_the_refusal(value):
    # "" and the negative words unset it; "x" is DTrace's "invalid option value"
    assert not setopts._turns_on(value)


def test_two_positions_keep_the_refusal():
    """The second printa would sort by another aggregation: no one order says both."""
    text = SOTOP.replace('  trunc(@rc);', '  setopt("aggsortpos", "0");\n'
                         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n  trunc(@rc);')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


def test_a_pragma_of_another_position_keeps_the_refusal():
    with pytest.raises(XtraceError, match="setopt"):
        translate_text("#pragma D option aggsortpos=1\n" + SOTOP, "t.d", "d", "stap")


def test_a_printa_before_the_setopt_keeps_the_refusal():
    text = SOTOP.replace('  setopt("aggsortpos", "2");',
                         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n'
                         '  setopt("aggsortpos", "2");')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


# iotypes.d's result column, and the members its io:::done reads beside it
IOTYPES = ('#pragma D option quiet\n'
           'io:::done\n'
           '/args[0]->b_resid == 0 && args[1]->dev_statname == "sda"/\n'
           '{\n'
           '    this->error = args[0]->b_error != 0 ? strjoin("Error:", lltostr(args[0]->b_error)) : "Success";\n'
           '    @num[execname, this->error] = count();\n'
           '    printf("%d %d %s\\n", args[0]->b_bufsize, args[0]->b_resid,\n'
           '        args[0]->b_addr == NULL ? "NULL" : "set");\n'
           '}\n')


def test_bufinfo_members_oracles_io_d_makes_constants():
    values = d_member_values(IOTYPES)
    for member in ("args[0]->b_error", "args[0]->b_resid", "args[0]->b_addr"):
        assert isinstance(values[member], ir.IntLit) and values[member].value == 0, member
    # the request's length, as b_bcount
    assert isinstance(values["args[0]->b_bufsize"], ir.KernelMember)
    assert values["args[0]->b_bufsize"].path == ["__data_len"]


def test_b_iodone_is_still_refused():
    with pytest.raises(XtraceError, match="b_iodone is not available on Linux"):
        frontends.parse("io:::done { trace(args[0]->b_iodone); }", "t.d", "d")


def test_the_stap_port_decides_the_tests_of_constant_members():
    stp = translated(IOTYPES, "stap", "d")
    assert 'error = "Success"' in stp
    assert "0 != 0" not in stp and "0 == 0" not in stp
    # the predicate's true term is left out; the disk's stays
    assert 'if (kernel_string($rq->q->disk->disk_name) != "sda") next' in stp
    assert '"%d %d NULL\\n", $rq->__data_len, 0' in stp


def test_the_vue_port_says_b_bufsize_as_the_request_length():
    vue = translated(IOTYPES.replace('    @num[execname, this->error] = count();\n', ''), "vue", "d")
    assert "@@io:disk:iodone:*:sda" in vue
    assert '__iobuf->bcount, 0' in vue


def test_the_d_printer_keeps_the_scripts_own_test():
    d = translated(IOTYPES, "d", "d")
    assert "args[0]->b_error != 0 ?" in d


# iotypes.d's type and pageio columns, and the direction test every io script makes
IOFLAGS = ('io:::start\n'
           '{\n'
           '    this->type = args[0]->b_flags & B_READ ? "read" : "write";\n'
           '    this->type = args[0]->b_flags & B_PHYS ? strjoin("phys-", this->type) : this->type;\n'
           '    this->type = args[0]->b_flags & B_ASYNC ? strjoin("async-", this->type) : this->type;\n'
           '    this->pageio = args[0]->b_flags & B_PAGEIO ? "yes" : "no";\n'
           '    @num[this->type, this->pageio] = count();\n'
           '}\n')


def test_b_flags_holds_the_async_and_phys_bits():
    flags = d_member_values(IOFLAGS)["args[0]->b_flags"]
    text = repr(flags)
    assert "2048" in text  # REQ_SYNC tested
    assert "1024" in text and "32" in text  # B_ASYNC, B_PHYS


def test_the_stap_port_tests_each_flag_as_the_request_does():
    stp = translated(IOFLAGS, "stap", "d")
    assert 'type = ($rq->cmd_flags & 255) != 1 ? "read" : "write"' in stp
    assert 'type = "phys-" . type' in stp
    assert 'type = !($rq->cmd_flags & 2048) ? "async-" . type : type' in stp
    assert 'pageio = "no"' in stp


PREDICATES = ('dtrace:::BEGIN { i = 10; }\n'
              'profile:::tick-1sec /i > 0/ { trace(i--); }\n'
              'profile:::tick-1sec /i == 0/ { trace("blastoff!"); exit(0); }\n')


def test_a_merged_clauses_note_is_said_once():
    vue = translated(PREDICATES, "vue", "d")
    assert vue.count("the CPU column is 0") == 1
    assert vue.index("the CPU column is 0") < vue.index("@@interval:*:clock:1000")


def test_a_later_clauses_own_comment_stays_inside():
    text = PREDICATES.replace('profile:::tick-1sec /i == 0/', '/* the end */\nprofile:::tick-1sec /i == 0/')
    vue = translated(text, "vue", "d")
    assert vue.index("@@interval:*:clock:1000") < vue.index("/* the end */")


def test_the_stap_port_of_b_flags_read_whole_reads_back_as_b_flags():
    """d/io_bufinfo_flags prints the whole value and keys an array by it: its stap port
    ORs the direction, the REQ_SYNC bit and B_PHYS, which the way back to D says as
    the member again (frontends/d/ioprovider_back.py, iomap.D_WHOLE)."""
    text = ('#pragma D option quiet\n'
            'io:::start /!seen[args[0]->b_flags]/\n'
            '{ seen[args[0]->b_flags] = 1; printf("%x\\n", args[0]->b_flags); }\n')
    back = translated(translated(text, "stap", "d"), "d", "stap")
    assert "io:::start" in back
    assert 'printf("%x\\n", args[0]->b_flags);' in back
    assert "cmd_flags" not in back
