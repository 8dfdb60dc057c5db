"""Regressions from the seventeenth sample of real scripts (docs/translate-real-scripts.md,
"Seventeenth sample"): yurivict's FreeBSD D scripts, benatto's and beansKingdom's
SystemTap scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap.library import with_library
from xtrace.ir.loc import XtraceError


# ------------------------------------------ memory.stp's brk, mmap, munmap ... aliases

# benatto's count_pg_ftl_brk.stp, reduced: brk calls and page faults of one program
BRK = """global brknum, faults
probe vm.brk.call { if (execname() == "ls") { printf("%s\\n", probefunc()); brknum++ } }
probe vm.pagefault.call { if (execname() == "ls") faults++ }
probe end { printf("brk %d faults %d\\n", brknum, faults) }
"""


def test_vm_brk_mmap_munmap_write_shared_oom_kill_aliases():
    """memory.stp's vm.brk/mmap/munmap/write_shared/oom_kill were "not supported yet";
    they are the functions stap's aliases pick on this project's kernels, with their
    variables."""
    prog = frontends.parse(BRK, "t.stp", "stap")
    names = [(pt.name, pt.is_return) for p in prog.probes for pt in p.points if pt.kind == "kfunc"]
    assert ("do_brk_flags", False) in names and ("handle_mm_fault", False) in names
    src = """probe vm.mmap { printf("%s %d %d\\n", name, address, length) }
probe vm.munmap { printf("%s %d %d\\n", name, address, length) }
probe vm.write_shared { printf("%s %d\\n", name, address) }
probe vm.oom_kill { printf("%s %d\\n", name, task_pid(task)) }
"""
    prog = frontends.parse(src, "t.stp", "stap")
    assert [pt.name for p in prog.probes for pt in p.points] == \
        ["vm_mmap", "do_munmap", "do_wp_page", "oom_kill_process"]
    out = translate_text(BRK, "t.stp", "stap", "d")
    assert "fbt::do_brk_flags:entry\n/execname == \"ls\"/" in out
    frontends.parse(out, "back.d", "d")


def test_fault_types_are_appended_only_where_named():
    """VM_FAULT_* and vm_fault_contains() came with every vm.* probe, and a port carried
    them as seven unused globals set in a BEGIN clause."""
    assert "VM_FAULT_MAJOR" not in with_library(BRK)
    out = translate_text(BRK, "t.stp", "stap", "d")
    assert "VM_FAULT" not in out
    named = BRK.replace("faults++", "if (vm_fault_contains(0, VM_FAULT_MINOR)) faults++")
    assert "function vm_fault_contains" in with_library(named)
    # named without a vm.* probe: the tapset's globals all the same
    assert "VM_FAULT_MINOR = 2" in with_library('probe begin { println(VM_FAULT_MINOR) }')


# ------------------------------------------------- a wildcard alias with a suffix

# benatto's trace_mm_path.stp, reduced
WILD = """probe vm.*.call { if (execname() == "ls") printf("%s -> %s\\n", thread_indent(1), probefunc()) }
probe vm.*.return { if (execname() == "ls") printf("%s <- %s\\n", thread_indent(-1), probefunc()) }
"""


def test_wildcard_alias_with_suffix_names_the_aliases_that_take_it():
    """`vm.*.call` was "not supported yet". stap matches each alias `vm.*` names with
    `.call` put on its points, leaving out those it does not fit (vm.kmalloc's
    tracepoint); `vm.*.return` is vm.pagefault.return (an alias) and the others with
    `.return` (benatto's stap output shows handle_mm_fault, do_munmap, do_brk,
    vm_mmap and do_wp_page on both sides)."""
    prog = frontends.parse(WILD, "t.stp", "stap")
    calls = sorted(pt.name for p in prog.probes for pt in p.points if not pt.is_return)
    rets = sorted(pt.name for p in prog.probes for pt in p.points if pt.is_return)
    want = ["do_brk_flags", "do_munmap", "do_wp_page", "handle_mm_fault", "oom_kill_process",
            "vm_mmap"]
    assert calls == want and rets == want
    assert all(pt.kind == "kfunc" for p in prog.probes for pt in p.points)


def test_wildcard_suffix_that_no_alias_takes_is_an_error():
    with pytest.raises(XtraceError, match=r"no alias the wildcard matches takes its suffix"):
        frontends.parse("probe vm.kmal*.call { print(1) }", "t.stp", "stap")


def test_wildcard_alias_suffix_of_a_script_alias():
    src = """probe my.write = kernel.function("ksys_write") { what = "w" }
probe my.read = kernel.function("ksys_read") { what = "r" }
probe my.tick = timer.s(1) { what = "t" }
probe my.*.return { printf("%s %d\\n", what, $return) }
"""
    prog = frontends.parse(src, "t.stp", "stap")
    pts = sorted((pt.name, pt.is_return) for p in prog.probes for pt in p.points)
    assert pts == [("ksys_read", True), ("ksys_write", True)]


# ------------------------------------------- one D clause for probes doing the same

def test_probes_doing_the_same_are_one_d_clause():
    """The D port of `probe vm.*.call { ... }` repeated the clause once per function
    (six times each side); a porter lists the probes of one clause."""
    out = translate_text(WILD, "t.stp", "stap", "d")
    assert ("fbt::handle_mm_fault:entry,\nfbt::do_wp_page:entry,\nfbt::vm_mmap:entry,\n"
            "fbt::do_munmap:entry,\nfbt::do_brk_flags:entry,\nfbt::oom_kill_process:entry\n"
            "/execname == \"ls\"/\n{") in out
    assert out.count("/execname == \"ls\"/") == 2
    back = frontends.parse(out, "back.d", "d")
    assert len([p for p in back.probes if p.points[0].kind == "fbt" or p.points[0].kind == "kfunc"]) == 2


def test_probes_reading_arguments_by_name_stay_apart():
    """`$vmf->address` is another argument position in another function: the clauses
    stay one per probe."""
    src = """probe kernel.function("do_wp_page") { printf("%d\\n", $vmf->address) }
probe kernel.function("wp_page_copy") { printf("%d\\n", $vmf->address) }
"""
    out = translate_text(src, "t.stp", "stap", "d")
    assert "fbt::do_wp_page:entry\n{" in out and "fbt::wp_page_copy:entry\n{" in out


def test_begin_probes_doing_the_same_stay_apart():
    src = 'probe begin { printf("x\\n") }\nprobe begin { printf("x\\n") }\n'
    out = translate_text(src, "t.stp", "stap", "d")
    assert out.count("BEGIN") == 2


def test_long_stap_point_list_one_a_line():
    """The stap port of a D clause on six functions was one line of 220 characters."""
    d = translate_text(WILD, "t.stp", "stap", "d")
    out = translate_text(d, "t.d", "d", "stap")
    assert ('probe kernel.function("handle_mm_fault"),\n      kernel.function("do_wp_page"),\n'
            '      kernel.function("vm_mmap"),') in out
    assert max(len(ln) for ln in out.splitlines()) <= 100
    frontends.parse(out, "back.stp", "stap")


# ------------------------------------------------------------- warn() in D

def test_warn_refusal_names_stap_warn():
    """beansKingdom's cpu_all.stp begins with warn(): the refusal named Vue's eprintf."""
    src = 'probe begin { warn(sprintf("Tracing %d\\n", target())) }\n'
    with pytest.raises(XtraceError, match=r"printing to standard error \(stap's warn\(\)\) has no D "
                                          r"equivalent"):
        translate_text(src, "t.stp", "stap", "d")


def test_vue_refusal_names_the_function_of_a_suffixed_tapset_alias():
    """The refusal of `vm.*.call` in Vue named the point '.call' (the tapset's point
    has no spelling; the suffix was appended to none)."""
    with pytest.raises(XtraceError, match=r"kernel function probes \('handle_mm_fault'\)"):
        translate_text(WILD, "t.stp", "stap", "vue")


# ------------------------- DTrace's probe line of a probe a kept argument names

# yurivict's syscall-failures.d, reduced (not quiet)
FAILURES = """syscall::$$1:return /errno != 0/ {
  printf("failure: errno=%d pid=%d", errno, pid);
}
tick-1s { exit(0); }
"""


def test_probe_line_of_a_kept_argument_probe():
    """Refused before ("this probe has no probe ID known to the translation"): the
    argument's system call is the session's only one, so its IDs are 4 and 5 (the
    tick's 6, after it, as the D driver numbers them), and its name is the one that
    fired."""
    stp = translate_text(FAILURES, "t.d", "d", "stap")
    assert "probe syscall.$1.return" in stp
    assert 'printf("%3d %6d %32s ", cpu(), 5, sprintf("%s:return", name))' in stp
    assert 'printf("%3d %6d %32s ", cpu(), 6, ":tick-1s")' in stp
    frontends.parse(stp, "back.stp", "stap", ("openat",))
    vue = translate_text(FAILURES.replace("$$1", "$1"), "t.d", "d", "vue")
    assert 'printf("%3d %6d %25s:return ", __curthread->cpuid, 5, get_function());' in vue


def test_probe_line_of_a_kept_argument_beside_other_syscalls_stays_refused():
    """Beside another system call the argument's place in the numbering (by syscall
    number) is not known."""
    src = FAILURES + "syscall::read:entry { trace(pid); }\n"
    with pytest.raises(XtraceError, match=r"has no probe ID known to the translation"):
        translate_text(src, "t.d", "d", "stap")
