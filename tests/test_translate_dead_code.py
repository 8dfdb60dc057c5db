"""A stap script ported to D or Vue leaves out the dead code stap's optimizer
deletes when the port would show it (a read that faults where stap never read, a
function's body written out at an unused call), with a comment at the spot; the
rest of the dead code stays as written (frontends/stap/deadexpr.py's for_port).
(That the port prints what stap prints is the matrix's job, in the sandbox.)"""

from __future__ import annotations

import pytest

from translating import translated

ELIDES = """function peek(p) { return @cast(p, "task_struct")->pid }
function shout(s) { println(s); return 0 }
probe begin {
	x = @cast(0, "task_struct")->pid
	peek(0)
	y = shout("called")
	z = 3 * 4
	println("done")
	exit()
}
"""


@pytest.mark.parametrize("to", ["d", "vue"])
def test_dead_reads_and_unused_pure_calls_are_left_out_with_a_comment(to):
    out = translated(ELIDES, to)
    assert "task_struct" not in out.replace('`x = @cast(0, "task_struct")->pid`', "")
    # (filled to 76 columns, as a porter writes a note: read16)
    assert "     * stap's optimizer deletes `x = @cast(0, \"task_struct\")->pid`, which has no\n" \
           "     * effect: not translated\n" in out
    assert "/* stap's optimizer deletes `peek(0)`, which has no effect: not translated */" in out
    # the comments stand where the statements stood, before what follows them
    assert out.index("`peek(0)`") < out.index('"called\\n"') < out.index('done')


@pytest.mark.parametrize("to", ["d", "vue"])
def test_a_call_with_an_effect_and_harmless_dead_code_stay_as_written(to):
    out = translated(ELIDES, to)
    assert '"called\\n"' in out  # shout() prints: stap keeps the call
    assert "z = 3 * 4" in out  # a dead store that cannot fault reads as the source does
    assert "`y = " not in out and "`z = " not in out


def test_a_dead_target_variable_member_read_is_left_out():
    d = translated("""probe kernel.function("vfs_read") {
	f = $file->f_flags
	printf("%d\\n", pid())
	exit()
}
""", "d")
    assert "f_flags" in d and "this->f" not in d
    assert "stap's optimizer deletes `f = $file->f_flags`" in d


def test_a_dead_store_of_a_plain_target_variable_is_kept():
    d = translated("""probe kernel.function("vfs_read") {
	n = $count
	printf("%d\\n", pid())
	exit()
}
""", "d")
    assert "this->n = " in d and "optimizer" not in d


def test_stap_to_stap_keeps_the_dead_code():
    out = translated(ELIDES, "stap")
    assert 'x = @cast(0, "task_struct")->pid' in out and "peek(0)" in out
    assert "optimizer" not in out


def test_dead_code_in_a_function_is_left_out_where_the_function_is_written_out():
    d = translated("""function f(p) {
	q = @cast(p, "task_struct")->pid
	return 7
}
probe begin { printf("%d\\n", f(0)); exit() }
""", "d")
    assert "task_struct" not in d.replace("`q = @cast(p, \"task_struct\")->pid`", "")
    assert "7" in d


def test_a_dead_division_by_what_may_be_zero_is_left_out_and_by_a_constant_kept():
    d = translated("""global z
probe begin {
	q = 10 / z
	r = z / 2
	println("ok")
	exit()
}
""", "d")
    assert "stap's optimizer deletes `q = 10 / z`" in d and "this->q" not in d
    assert "this->r = z / 2;" in d
