"""The thirty-third real-script sample's fixes (docs/translate-real-scripts.md).

1. Oracle's io.d gives a block device's request the devinfo_t members it keeps no
   fact for as constants: `dev_pathname` "<unknown>" (its tests expect that of
   every device but NFS) and `dev_instance` 0. xtrace refused both ("not available
   on Linux"), so richardelling/dtrace's bigrwtime.d, which counts its slow devices
   by dev_pathname, did not compile.
2. filipecosta90/ESC_ACTIVE_BENCHMARKING's open_close_write_lseek.d fires on its
   test file's opens, `/strstr(self->pathname, "iozone.DUMMY.0") != NULL/`. The stap
   port said the test as `strpos(pathname[tid()], "iozone.DUMMY.0") == -1` where a
   porter writes `!isinstr(...)` (stap's own isinstr() is the same test: both
   lower to an index compared with -1).
3. gaultier/dtrace-tools' read_writes.d follows `pid == $target || pid ==
   progenyof($target)`; its Vue port is refused (Vue walks no process's parents),
   but the refusal named no nearest, where a porter writes the process and its
   children, `__pid == PID || __ppid == PID`.
4. The same script prints each buffer, `stringof(copyin(self->ptr, arg0))`: dtrace
   256 characters of it (D's default strsize), the stap port's user_string_n() up
   to 511 (stap's MAXSTRINGLEN, 512). The port now asks for D's size in its first
   comment, as a port of a script with a strsize option does, and the matrix and
   realrun run it so (conformance/matrix.run_note_opts).
5. kaizawa/iumfs' count_uiomove.d says `printa(@[probevunc]);` (a typo of probefunc,
   and an element where printa() takes the aggregation): xtrace said "the format of
   printa() must be a string literal", which points nowhere near the mistake."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import d_member_values, translated

# bigrwtime.d's slow-device clause, and the instance beside it
SLOWDEVS = ('#pragma D option quiet\n'
            'io:::start { start_time[arg0] = timestamp; }\n'
            'io:::done\n'
            '/(this->start = start_time[arg0]) && (timestamp - this->start) > 1000000000/\n'
            '{\n'
            '    @devs["slow devs", args[1]->dev_pathname, args[1]->dev_instance] = count();\n'
            '}\n')


def test_devinfo_members_oracles_io_d_makes_constants():
    values = d_member_values(SLOWDEVS)
    path = values["args[1]->dev_pathname"]
    assert isinstance(path, ir.StrLit) and path.value == "<unknown>"
    instance = values["args[1]->dev_instance"]
    assert isinstance(instance, ir.IntLit) and instance.value == 0


def test_a_member_devinfo_t_lacks_is_still_an_error():
    with pytest.raises(XtraceError, match="dev_path is not a member of devinfo_t"):
        frontends.parse("io:::done { trace(args[1]->dev_path); }", "t.d", "d")


def test_the_stap_port_keys_the_slow_devices_by_the_constant():
    stp = translated(SLOWDEVS, "stap", "d")
    assert 'devs["slow devs", "<unknown>", 0] <<< 1' in stp


def test_the_d_printer_keeps_the_members():
    d = translated(SLOWDEVS, "d", "d")
    assert '@devs["slow devs", args[1]->dev_pathname, args[1]->dev_instance] = count();' in d


# open_close_write_lseek.d's test of the opened path, in a predicate and a value
OPENS = ('syscall::openat:entry { self->pathname = copyinstr(arg1); }\n'
         'syscall::openat:return\n'
         '/strstr(self->pathname, "iozone.DUMMY.0") != NULL/\n'
         '{\n'
         '    flag = strstr(self->pathname, ".0") == NULL ? 2 : 1;\n'
         '}\n'
         'END { trace(flag); }\n')


def test_the_stap_port_says_strstr_against_null_with_isinstr():
    stp = translated(OPENS, "stap", "d")
    assert 'if (!isinstr(pathname[tid()], "iozone.DUMMY.0")) next' in stp
    assert 'flag = !isinstr(pathname[tid()], ".0") ? 2 : 1' in stp
    assert "strpos" not in stp


def test_stap_not_isinstr_is_d_s_strstr_against_null():
    """The port's `!isinstr(a, b)` of D's `strstr(a, b) == NULL` reads back as that
    test (the index compared with -1), not a negation of the other one."""
    prog = frontends.parse('probe begin { x = !isinstr("ab", "z") }', "t.stp", "stap")
    value = prog.probes[0].body.stmts[0].expr.value
    assert isinstance(value, ir.Binary) and value.op == "=="
    assert value.lhs.name == "index" and value.rhs == ir.IntLit(-1)
    d = translated('BEGIN { printf("%d\\n", strstr("ab", "z") == NULL); exit(0); }', "stap", "d")
    assert 'printf("%d\\n", !isinstr("ab", "z"))' in d


def test_stap_isinstr_prints_back_as_isinstr():
    stp = translated('probe begin { if (isinstr(execname(), "sh")) println(strpos(execname(), "h")) }',
                     "stap", "stap")
    assert 'if (!isinstr(execname(), "sh")) next' in stp
    assert 'strpos(execname(), "h")' in stp  # a position is still strpos()


def test_the_vue_refusal_of_progenyof_names_the_nearest():
    d = ('syscall::read:entry /pid == $target || progenyof($target)/ { self->ptr = arg1; }\n'
         'syscall::read:return /self->ptr/ { printf("%d\\n", arg0); self->ptr = 0; }\n')
    with pytest.raises(XtraceError, match=r"Vue has no progenyof\(\) function .*; nearest: "
                       r"__pid == PID \|\| __ppid == PID, the process and its children"):
        translate_text(d, "t.d", "d", "vue")


# read_writes.d's shape: each read's data, as text
READS = ('syscall::read:entry /pid == $target && arg0 > 2/ { self->ptr = arg1; }\n'
         'syscall::read:return /arg0 > 0 && self->ptr != 0/\n'
         '{\n'
         '    this->s = stringof(copyin(self->ptr, arg0));\n'
         '    printf("%s\\n", this->s);\n'
         '    self->ptr = 0;\n'
         '}\n')
NOTE = "# D's strsize=256: run with stap -DMAXSTRINGLEN=257"


def test_a_port_printing_user_buffers_asks_for_d_s_string_size():
    stp = translated(READS, "stap", "d")
    assert NOTE in stp.splitlines()
    assert "user_string_n(ptr[tid()], retval)" in stp


def test_a_buffer_within_d_s_size_needs_no_note():
    stp = translated(READS.replace("copyin(self->ptr, arg0)", "copyin(self->ptr, 16)"), "stap", "d")
    assert "MAXSTRINGLEN" not in stp


def test_a_strsize_option_is_still_the_size_said():
    stp = translated("#pragma D option strsize=100\n" + READS, "stap", "d")
    assert "# D's strsize=100: run with stap -DMAXSTRINGLEN=101" in stp
    assert NOTE not in stp


def test_the_note_becomes_the_runs_option(tmp_path):
    from xtrace.conformance.matrix import run_note_opts
    dest = tmp_path / "read_writes.stp"
    run_note_opts(translated(READS, "stap", "d"), dest)
    assert dest.with_suffix(".opts").read_text().split() == ["-D", "MAXSTRINGLEN=257"]


@pytest.mark.parametrize("call, shown", [
    ("printa(@[probevunc]);", "@[probevunc] (printa(@) prints every element)"),
    ('printa("%s %@d\\n", @n[probefunc]);', "@n[probefunc] (printa(@n) prints every element)"),
])
def test_printa_of_one_element_says_so(call, shown):
    d = f"syscall::read:entry {{ @[probefunc] = count(); @n[probefunc] = count(); }}\nEND {{ {call} }}\n"
    with pytest.raises(XtraceError, match=r"printa\( \) takes an aggregation, not one of its "
                       r"elements: " + shown.replace("(", r"\(").replace(")", r"\)")
                       .replace("[", r"\[").replace("]", r"\]")):
        frontends.parse(d, "t.d", "d")
