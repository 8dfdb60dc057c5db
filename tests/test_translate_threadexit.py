"""Per-thread variables freed at thread exit in the ports (ir/threadexit.py).

D frees a thread's self-> variables (scalars and self->a[k] arrays) when it exits;
stap ports keep them in arrays keyed by tid() first and free the exiting thread's
elements in a probe on sched_process_exit; the Vue port of a self->a[k] array (a
global array there) frees them in @@sysproc:exit and @@sysproc:threadterminate. Read
back, those probes go and the arrays are per-thread (D's self-> arrays again)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import stap, vue
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.threadexit import read_thread_exit_frees

ARRAYS_D = ("#pragma D option quiet\n"
            "syscall::read:entry { self->n[arg0]++; self->who[arg0, \"x\"] = execname; }\n"
            "syscall::read:return /self->n[0]/ { printf(\"%d %s\\n\", self->n[0], self->who[0, \"x\"]); }\n")
SCALAR_D = ("#pragma D option quiet\n"
            "syscall::read:entry { self->ts = timestamp; }\n"
            "syscall::read:return /self->ts/ { printf(\"%d\\n\", timestamp - self->ts); self->ts = 0; }\n")

EXIT_PROBE = ('probe kernel.trace("sched_process_exit")\n{\n'
              "    # D frees a thread's self-> variables when it exits\n")


def test_stap_port_deletes_a_self_arrays_thread_elements_at_thread_exit():
    stp = translate_text(ARRAYS_D, "t.d", "d", "stp")
    assert stp.endswith(EXIT_PROBE + "    delete self_n[tid(), *]\n"
                        "    delete self_who[tid(), *, *]\n}\n"), stp


def test_stap_port_deletes_a_self_scalars_element_at_thread_exit():
    # freed by the script on one path (`self->ts = 0`), left set on others (a read
    # that never returns): D frees it at thread exit either way
    stp = translate_text(SCALAR_D, "t.d", "d", "stp")
    assert stp.endswith(EXIT_PROBE + "    delete ts[tid()]\n}\n"), stp


def test_vue_thread_locals_are_freed_in_the_stap_port_with_vues_reason():
    src = "__thread int n;\n@@syscall:*:read:entry\n{\n    n++;\n    printf(\"%d\\n\", n);\n}\n"
    stp = translate_text(src, "t.e", "vue", "stp")
    assert "# Vue frees a thread's __thread variables when it exits\n    delete n[tid()]\n}" in stp, stp


def test_a_stap_scripts_own_tid_arrays_get_no_exit_probe():
    src = ("global start\nprobe syscall.read { start[tid()] = gettimeofday_us() }\n"
           "probe syscall.read.return { if (tid() in start) { printf(\"%d\\n\", gettimeofday_us() - "
           "start[tid()]); delete start[tid()] } }\n")
    assert "sched_process_exit" not in translate_text(src, "t.stp", "stap", "stp")


@pytest.mark.parametrize("to", ["stp", "vue"])
def test_the_port_reads_back_as_the_d_script(to):
    port = translate_text(ARRAYS_D, "t.d", "d", to)
    back = translate_text(port, "t." + ("e" if to == "vue" else "stp"), "vue" if to == "vue" else "stap", "d")
    assert "sched_process_exit" not in back and "sysproc" not in back, back
    assert "self string who[int64_t, string];" in back, back
    assert "self->n[arg0]++;" in back and "/self->n[0]/" in back, back


def test_a_stap_to_stap_translation_keeps_the_probe_as_written():
    port = translate_text(ARRAYS_D, "t.d", "d", "stp")
    assert translate_text(port, "t.stp", "stap", "stp").count("sched_process_exit") == 1


@pytest.mark.parametrize("src", [
    # the probe does more than free
    "global a\nprobe syscall.read { a[tid(), $fd] = 1 }\n"
    "probe kernel.trace(\"sched_process_exit\") { delete a[tid(), *]; println(\"bye\") }\n",
    # the array is read for every thread's elements
    "global a\nprobe syscall.read { a[tid(), $fd] = 1 }\n"
    "probe kernel.trace(\"sched_process_exit\") { delete a[tid(), *] }\n"
    "probe end { foreach ([t, f] in a) printf(\"%d %d\\n\", t, f) }\n",
])
def test_a_stap_probe_at_thread_exit_is_the_scripts_own_unless_it_only_frees(src):
    prog = stap.parse(src, "t.stp", port=True)
    n = len(prog.probes)
    read_thread_exit_frees(prog)
    assert len(prog.probes) == n and not prog.global_named("a").per_thread


def test_one_of_the_two_vue_exit_clauses_alone_is_the_scripts_own():
    src = ("@@syscall:*:read:entry\n{\n    a[__tid][__arg1] = 1;\n}\n"
           "@@sysproc:exit:*\n{\n    delete(a, __tid, ANY);\n}\n")
    prog = read_thread_exit_frees(vue.parse(src, "t.e"))
    assert len(prog.probes) == 2 and not prog.global_named("a").per_thread
    both = read_thread_exit_frees(vue.parse(src + src[src.index("@@sysproc"):].replace("exit", "threadterminate"), "t.e"))
    assert len(both.probes) == 1 and both.global_named("a").per_thread


def test_vue_port_frees_a_self_array_in_both_exit_events():
    text = translate_text(ARRAYS_D, "t.d", "d", "vue")
    # (why, once: on the first of the two clauses)
    for event, why in (("threadterminate", "    /* D frees a thread's self-> variables when it exits */\n"),
                       ("exit", "")):
        assert (f"@@sysproc:{event}:*\n{{\n{why}"
                "    delete(self_n, __tid, ANY);\n    delete(self_who, __tid, ANY, ANY);\n}") in text, text
    # a Vue __thread scalar is Vue's own to free
    assert "sysproc" not in translate_text(SCALAR_D, "t.d", "d", "vue")


def test_vue_any_key_is_a_wildcard_delete():
    prog = vue.parse("@@BEGIN\n{\n    a[1][\"x\"] = 1;\n    delete(a, 1, ANY);\n}\n", "t.e")
    stmt = prog.probes[0].body.stmts[-1]
    assert isinstance(stmt, ir.Delete) and isinstance(stmt.keys[1], ir.Wildcard)
    assert translate_text("global a\nprobe begin { a[1, \"x\"] = 1; delete a[1, *] }\n",
                          "t.stp", "stap", "vue").count("delete(a, 1, ANY);") == 1


def test_vue_any_before_a_given_key_is_refused_where_it_is():
    with pytest.raises(XtraceError) as ei:
        vue.parse("@@BEGIN\n{\n    a[1][\"x\"] = 1;\n    delete(a, ANY, \"x\");\n}\n", "t.e")
    assert "a key given after ANY" in ei.value.message
    assert (ei.value.loc.line, ei.value.loc.col) == (4, 20)
