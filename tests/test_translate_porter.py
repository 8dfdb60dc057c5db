"""Branch readable: ports that read as a porter writes them (the findings of the
real-script re-count, docs/translate-real-scripts.md "Read as a porter would").

1. stap -> D: a cast of the probe's argument (or of a clause-local) read through more
   than once in a clause is a this-> pointer set once (frontends/d/castptrs.py), read
   back as the cast (ir/headerlocals.py).
2. stap -> D: the constant tests a written-out function gets (`1 > 0 ? "->" : "<-"`,
   `trace[tid()] = 1; if (tid() in trace)`) decided (ir/inlinedconsts.py).
"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.d.castptrs import pointer_casts_as_locals
from xtrace.ir.inlinedconsts import inlined_constants_folded
from xtrace.ir.rtnormal import written_out_alike
from translating import translated, unwrapped


def _clause(text: str, head: str) -> str:
    start = text.index(head)
    return text[start:text.index("\n}\n", start) + 3]


def _round_trips(stap: str, to: str = "d") -> None:
    """`stap` translated to `to` and back compares with itself as test_roundtrip does."""
    from test_roundtrip import _resolved
    target = _translation_target()
    orig = _resolved(frontends.parse(stap, "t.stp", "stap", port=True), target)
    port = translate_text(stap, "t.stp", "stap", to, target)
    back = translate_text(port, "rt." + ("d" if to == "d" else "e"), to, "stap", target)
    again = _resolved(frontends.parse(back, "t.stp", "stap"), target)
    orig, again = written_out_alike(orig, again, via=to)
    assert again.probes == orig.probes, back


SWITCH = ('probe kernel.trace("sched_switch") {\n'
          '  printf("%d %d %s -> %d %d %s\\n", $prev->tgid, $prev->prio, kernel_string($prev->comm),\n'
          '         $next->tgid, $next->prio, kernel_string($next->comm))\n'
          '}\n')


def test_a_tracepoint_argument_read_three_times_is_one_pointer():
    out = unwrapped(translated(SWITCH, "d"))
    assert "    this->prev = (struct task_struct *)args[1];\n" \
           "    this->next = (struct task_struct *)args[2];\n" in out, out
    assert "this->prev->tgid, this->prev->prio" in out and "this->next->comm" in out, out
    assert out.count("(struct task_struct *)") == 2, out


def test_the_pointer_local_reads_back_as_the_cast():
    _round_trips(SWITCH)
    # (the stap port of that D keeps the pointer in a local, as it does a D script's
    # own `this->f = (struct file *)arg0`; the round trip compares it as the cast)
    back = translate_text(translated(SWITCH, "d"), "rt.d", "d", "stap")
    assert "    prev = $prev\n" in back and '@cast(prev, "task_struct")->tgid' in back, back


def test_a_cast_read_once_stays_where_it_is_read():
    out = translated('probe kernel.trace("sched_switch") { printf("%d\\n", $prev->tgid) }\n', "d")
    assert "((struct task_struct *)args[1])->tgid" in out and "this->prev" not in out, out


def test_a_cast_of_a_local_stored_again_is_not_kept():
    prog = frontends.parse('fbt::do_exit:entry { this->t = arg0; '
                           'printf("%d", ((struct task_struct *)this->t)->pid); this->t = arg1; '
                           'printf("%d", ((struct task_struct *)this->t)->pid); }\n', "t.d", "d")
    assert pointer_casts_as_locals(prog) is prog


def test_a_cast_of_a_local_is_kept_after_the_local_is_set():
    stap = ('probe kernel.trace("sched_wakeup") {\n  t = $p\n'
            '  printf("%d %d\\n", @cast(t, "task_struct")->tgid, @cast(t, "task_struct")->prio)\n}\n')
    out = translated(stap, "d")
    assert "    this->t = args[0];\n    this->task = (struct task_struct *)this->t;\n" in out, out
    assert "this->task->tgid, this->task->prio" in unwrapped(out), out
    _round_trips(stap)


def test_a_d_providers_translated_reads_get_no_pointer():
    # (tcp:::receive's args[2]->ip_saddr is written as its text: nothing under it is hoisted)
    out = translated('probe tcp.receive { printf("%s %s %d\\n", saddr, daddr, dport) }\n', "d")
    assert "this->th = (struct tcphdr *)" in out and "(struct sk_buff *)" not in out, out


# para-callgraph.stp's function, called with constants
CALLGRAPH = ('function trace(entry_p) {\n'
             '  if (tid() in trace)\n'
             '    printf("%s%s%s\\n", thread_indent(entry_p), (entry_p > 0 ? "->" : "<-"), probefunc())\n'
             '}\n'
             'global trace\n'
             'probe syscall.read { trace[tid()] = 1; trace(1) }\n'
             'probe syscall.read.return { trace(-1); delete trace[tid()] }\n')


def test_a_constant_ternary_of_an_inlined_call_is_its_branch():
    out = unwrapped(translated(CALLGRAPH, "d"))
    assert '"", "->", probefunc);' in out and '"", "<-", probefunc);' in out, out
    assert "1 > 0" not in out and "-1 > 0" not in out


def test_an_if_on_an_element_just_stored_is_its_body():
    out = translated(CALLGRAPH, "d")
    entry = _clause(out, "syscall::read:entry")
    assert "    self->trace = 1;\n    this->indent_now" in entry and "if (self->trace" not in entry, entry
    # (the return clause stores nothing before its test: it stays)
    assert "if (self->trace != 0)" in _clause(out, "syscall::read:return")
    # (CALLGRAPH's own round trip differs on main already: stap's `tid() in trace`
    # comes back as `trace[tid()] != 0`)


def test_the_folded_port_round_trips():
    stap = ('global on\nfunction show(entry_p) {\n  if (tid() in on) printf("%s %d\\n", entry_p > 0 ? "->" : "<-", tid())\n}\n'
            'probe syscall.read { on[tid()] = 1; show(1) }\nprobe syscall.read.return { show(-1); delete on[tid()] }\n')
    out = translated(stap, "d")
    assert 'printf("-> %d\\n", tid);' in out and 'printf("<- %d\\n", tid);' in out, out
    assert "if (" not in _clause(out, "syscall::read:entry"), out
    _round_trips(stap)


def test_a_store_between_keeps_the_test():
    prog = frontends.parse('global a\nprobe begin { a[tid()] = 1; delete a; if (tid() in a) print(1) }\n',
                           "t.stp", "stap")
    assert inlined_constants_folded(prog) is prog
    # (a variable stored a literal is left: a loop written out is that form too)
    prog = frontends.parse('probe begin { x = 1; if (x != 0) print(1) }\n', "t.stp", "stap")
    assert inlined_constants_folded(prog) is prog


def test_a_ternary_of_two_types_is_left_to_the_run():
    prog = frontends.parse('probe begin { printf("%s\\n", 1 > 0 ? "a" : sprint(2)) }\n', "t.stp", "stap")
    assert inlined_constants_folded(prog) is prog


# 3. stap's oneshot (`begin { exit() }` before the body): the exit written last
def test_a_oneshot_exit_is_written_after_the_body():
    out = translated('probe oneshot { printf("%d\\n", @cast_sizeof("task_struct")) }\n', "d")
    assert "BEGIN\n{\n    printf(\"%d\\n\", sizeof(struct task_struct));\n    exit(0);\n}\n" in out, out
    _round_trips('probe oneshot { printf("%d\\n", 42) }\n')


def test_an_exit_with_a_next_after_it_stays_first_with_a_note():
    from xtrace.ir.exitlast import KEPT_NOTE, exits_written_last
    prog = frontends.parse('probe begin { exit(); if (pid() > 1) next; printf("x\\n") }\n', "t.stp", "stap")
    body = exits_written_last(prog).probes[0].body.stmts
    from xtrace.ir import nodes as ir
    assert isinstance(body[0], ir.Comment) and body[0].text == KEPT_NOTE and isinstance(body[1], ir.Exit)
    # (and once only, however often it is applied)
    again = exits_written_last(exits_written_last(prog)).probes[0].body.stmts
    assert [type(s) for s in again] == [type(s) for s in body]


def test_a_second_exit_keeps_the_order():
    from xtrace.ir.exitlast import exits_written_last
    prog = frontends.parse('probe begin { exit(); printf("x\\n"); exit() }\n', "t.stp", "stap")
    assert exits_written_last(prog, note=False) is prog


# 4. pfaults.stp: an else-if chain whose last else is `next`
PFAULTS = ('global start\n'
           'probe syscall.read { start[tid()] = gettimeofday_us() }\n'
           'probe syscall.read.return {\n'
           '  if (!(tid() in start)) next\n'
           '  r = $return\n'
           '  if (r == 0) {\n    kind = "eof"\n  } else if (r > 0) {\n    kind = "data"\n'
           '  } else {\n    next # only reads that did not fail\n  }\n'
           '  printf("%s %d\\n", kind, gettimeofday_us() - start[tid()])\n'
           '  delete start[tid()]\n'
           '}\n')


def test_an_else_next_is_a_guard_and_the_rest_is_written_once():
    out = translated(PFAULTS, "d")
    ret = _clause(out, "syscall::read:return")
    assert ret.count("printf(") == 1 and "else {" not in ret, ret
    assert "/* only reads that did not fail */\n" in ret and "if (this->r == 0 || this->r > 0) {\n" in ret, ret
    assert "} else if (this->r > 0) {\n" in ret, ret
    _round_trips(PFAULTS)


def test_a_chain_on_a_global_keeps_its_else():
    from xtrace.ir.nextguard import else_next_as_guards
    prog = frontends.parse('global g\nprobe begin { if (g == 0) x = 1 else next; print(x) }\n', "t.stp", "stap")
    assert else_next_as_guards(prog) is prog


# 5. iotime.stp: stap's $return read four times in a Vue clause
IOTIME_OPEN = ('global names, handles\n'
               'probe syscall.open { names[pid()] = user_string($filename) }\n'
               'probe syscall.open.return {\n'
               '  if ($return != -1) {\n'
               '    handles[pid(), $return] = names[pid()]\n'
               '    printf("%d %d\\n", $return, $return + 1)\n'
               '  }\n'
               '  delete names[pid()]\n'
               '}\n'
               'probe syscall.close { delete handles[pid(), $fd] }\n')


def test_a_return_read_several_times_is_one_vue_local():
    out = translated(IOTIME_OPEN, "vue")
    assert out.count("__errno != 0 ? -__errno : __rv") == 1, out
    assert "__auto long long rv;" in out and "rv = __errno != 0 ? -__errno : __rv;" in out, out
    assert "if (rv != -1)" in out and "[rv] = names[__pid];" in out, out


def test_the_return_local_round_trips():
    # (IOTIME_OPEN's own round trip differs on main already: its openat companion)
    stap = ('global total\nprobe syscall.read.return {\n  if ($return != -1) {\n'
            '    total[pid()] += $return\n    printf("%d %d\\n", $return, $return + 1)\n  }\n}\n'
            'probe end { printf("%d\\n", total[1]) }\n')
    out = translated(stap, "vue")
    assert "rv = __errno != 0 ? -__errno : __rv;\n    total[__pid] += rv;" in out, out
    _round_trips(stap, "vue")


def test_a_return_read_once_stays_written_in_place():
    out = translated('probe syscall.open.return { printf("%d\\n", $return) }\n', "vue")
    assert "__auto" not in out and "__errno != 0 ? -__errno : __rv" in out, out


# 6. shm_watch.e: a comment on the prototypes only
SHM = ('/*\n   Watch mmap.\n*/\n\n/* Function prototypes */\nint munmap(void *, unsigned long);\n'
       'int shmdt(void *);\n\n@@syscall:*:munmap:entry\n{\n    printf("%d\\n", __arg2);\n}\n')


def test_a_comment_on_prototypes_only_goes_with_them():
    for to in ("d", "stap"):
        out = translated(SHM, to, "vue")
        assert "Function prototypes" not in out and "Watch mmap." in out, out


def test_a_comment_on_prototypes_and_a_variable_stays():
    vue = SHM.replace("int shmdt(void *);\n", "int shmdt(void *);\n__global int n;\n")
    out = translated(vue, "d", "vue")
    assert "Function prototypes" in out, out


def test_a_files_opening_comment_on_its_first_prototype_stays():
    out = translated(SHM.replace("/*\n   Watch mmap.\n*/\n\n", ""), "d", "vue")
    assert "Function prototypes" in out, out


# 7. execsnoop's point listed twice: kept. DTrace compiles each probe description of a
# clause on its own (libdtrace dt_compile_clause: one statement, one ECB description,
# per description), and the kernel makes one ECB per description and matching probe
# (illumos dtrace_ecb_create_enable; dtrace-utils appends the clause to the probe once
# per statement, dt_probe_add_clause): a probe named twice runs the clause twice.
def test_a_point_listed_twice_stays_twice():
    out = translated('#pragma D option quiet\nsyscall::getppid:entry, syscall::getppid:entry\n'
                     '{ n++; }\nEND { printf("%d\\n", n); }\n', "stap", "d")
    assert "probe syscall.getppid, syscall.getppid\n" in out, out
