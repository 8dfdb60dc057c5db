"""stap functions and loops in the sandbox kernel: the limits that bound them
(-D MAXNESTING, -D MAXACTION), loops in probes that fire on kernel events, and
functions and foreach from several CPUs. The everyday behaviour is in
conformance/stap (fn_*, loop_*, foreach_*, delete_in, next_in_loop)."""

from __future__ import annotations

import re


DEPTH = """
function depth(n) {
	if (n == 0)
		return 0
	return 1 + depth(n - 1)
}
probe begin {
	printf("%d\\n", depth(3))
	printf("%d\\n", depth(4))
	exit()
}
"""


def test_maxnesting_is_a_limit(run_script):
    run = run_script(DEPTH, "stap", limits={"MAXNESTING": 4})
    assert run.stdout == "3\n"
    assert "ERROR: MAXNESTING exceeded near identifier 'depth' at t.stp:2:10" in run.stderr
    assert run.exit_status == 1
    run = run_script(DEPTH, "stap", limits={"MAXNESTING": 5})
    assert run.stdout == "3\n4\n" and run.exit_status == 0, run.stderr


def test_maxaction_bounds_loops_and_is_a_limit(run_script):
    # a probe on an event has MAXACTION statements
    script = ("probe timer.ms(10) {\n\tfor (i = 0; i < 3000; i++) { }\n\tprintf(\"%d\\n\", i)\n"
              "\texit()\n}\n")
    run = run_script(script, "stap")
    assert run.exit_status == 1
    assert "ERROR: MAXACTION exceeded near operator '{' at t.stp:2:29" in run.stderr
    run = run_script(script, "stap", limits={"MAXACTION": 10000})
    assert run.stdout == "3000\n" and run.exit_status == 0, run.stderr
    # begin, end and error probes ten times that (stap's MAXACTION_INTERRUPTIBLE): 3000
    # fit, 30000 do not, unless MAXACTION (or MAXACTION_INTERRUPTIBLE itself) is raised
    run = run_script(script.replace("timer.ms(10)", "begin"), "stap")
    assert run.stdout == "3000\n" and run.exit_status == 0, run.stderr
    script = script.replace("timer.ms(10)", "begin").replace("3000", "30000")
    run = run_script(script, "stap")
    assert run.exit_status == 1
    assert "ERROR: MAXACTION exceeded near operator '{' at t.stp:2:30" in run.stderr
    run = run_script(script, "stap", limits={"MAXACTION": 10000})
    assert run.stdout == "30000\n" and run.exit_status == 0, run.stderr
    run = run_script(script, "stap", limits={"MAXACTION_INTERRUPTIBLE": 40000})
    assert run.stdout == "30000\n" and run.exit_status == 0, run.stderr


def test_functions_and_loops_in_syscall_probes(run_script):
    # Every read(2) of the command runs a loop and a recursive function; the
    # per-CPU state (nesting, iteration pool) must stay consistent across hits.
    script = """
global hist, calls
function sum_to(n) {
	if (n <= 0)
		return 0
	return n + sum_to(n - 1)
}
probe syscall.read {
	if (execname() != "cat")
		next
	t = 0
	for (i = 1; i <= 5; i++)
		t += i
	hist[sum_to(5) == t] <<< 1
	calls++
}
probe end {
	foreach (ok in hist-)
		printf("%s %d\\n", ok ? "agree" : "differ", @count(hist[ok]) == calls)
}
"""
    run = run_script(script, "stap", cmd="cat /etc/hostname /etc/hostname")
    assert run.stdout == "agree 1\n", run.stderr


def test_foreach_recursion_deeper_than_the_iteration_room_is_an_error(run_script):
    # Each active foreach keeps its elements in a per-CPU pool sized for the loops
    # the script nests; a recursion through a foreach nests more, and must fail
    # loudly rather than visit fewer elements.
    script = """
global a
function walk(n) {
	t = 0
	foreach (k in a) {
		t++
		if (n > 0)
			t += walk(n - 1)
	}
	return t
}
probe begin {
	for (i = 0; i < 4; i++)
		a[i] = i
	printf("%d\\n", walk(1))
	printf("%d\\n", walk(6))
	exit()
}
"""
    run = run_script(script, "stap", limits={"MAXMAPENTRIES": 4})
    assert run.stdout == "20\n", run.stderr
    assert "ERROR: Array overflow, check MAXMAPENTRIES near keyword 'foreach' at t.stp:5:2" in run.stderr
    assert run.exit_status == 1


def test_a_member_read_fault_in_a_function_unwinds_to_the_callers_try(run_script):
    # The fault leaves the function at once (no "not reached") and the try up
    # the call chain catches it, as stap does.
    script = ('function f:long (p:long) { x = @cast(p, "task_struct")->pid; println("not reached"); '
              'return x }\n'
              'probe begin { try { f(0) } catch (msg) { println("caught: ", msg) } ; exit() }\n')
    r = run_script(script, "stap")
    # the caught message is the one the fault prints uncaught, its address included
    assert re.fullmatch(r"caught: read fault \[man error::fault\] at 0x[0-9a-f]{16} \(addr\) "
                        r"near operator '->' at t\.stp:1:55\n", r.stdout), r.stdout
    assert r.exit_status == 0


def test_a_string_fault_in_a_function_names_its_address_caught_or_not(run_script):
    # user_string() in a function: the try up the call chain catches the message
    # the fault prints when nothing catches it (uconversions.stp's words, the
    # address included), and uncaught it is the session's error.
    script = ('function f:string (p:long) { s = user_string(p); println("not reached"); return s }\n'
              'probe begin { try { println(f(1)) } catch (msg) { println("caught: ", msg) }\n'
              '  println(f(0)) }\n')
    r = run_script(script, "stap")
    assert r.stdout == ("caught: user string copy fault -14 at 0000000000000001 [man error::fault] "
                        "near identifier 'user_string' at t.stp:1:34\n"), r.stdout
    assert ("ERROR: user string copy fault -14 at 0000000000000000 [man error::fault] "
            "near identifier 'user_string' at t.stp:1:34") in r.stderr, r.stderr
    assert r.exit_status == 1


def test_printk_writes_a_kernel_log_line_at_its_level(run_script):
    # stap -g printk(level, msg): the line lands in the kernel log (read back by
    # the command with its level prefix), not in the script's output.
    script = ('probe begin { printk(4, sprintf("xt-printk %d", 5)); printk(7, "xt-printk debug")'
              ' printf("logged\\n") }')
    run = run_script(script, "stap", cmd="sh -c 'dmesg -r | grep xt-printk'", guru=True)
    assert run.stdout == "logged\n" and run.exit_status == 0, run.stderr
    lines = [ln for ln in run.cmd_out.splitlines() if "xt-printk" in ln]
    assert len(lines) == 2, run.cmd_out
    assert lines[0].startswith("<4>") and lines[0].endswith("] xt-printk 5")
    assert lines[1].startswith("<7>") and lines[1].endswith("] xt-printk debug")


def test_shift_by_a_run_time_count_outside_0_to_63_leaves_the_operand(run_script):
    """stap clamps a shift's count to 0..64 and x86 shifts by 64 as by 0, so a count
    known only at run time outside 0..63 leaves the operand (constant counts are
    conformance/stap/arith_shift_out_of_range); inside, it shifts as C does."""
    script = """
global counts
probe begin {
	counts[0] = -2; counts[1] = 64; counts[2] = 100; counts[3] = 3
	printf("%d %d\\n", 120 << counts[0], 120 >> counts[0])
	printf("%d %d\\n", 1 << counts[1], -5 >> counts[2])
	printf("%d %d\\n", 1 << counts[3], -4096 >> counts[3])
	exit()
}
"""
    run = run_script(script, "stap")
    assert run.stdout == "120 120\n1 -5\n8 -512\n", run.stdout + run.stderr
