"""The nineteenth real-script sample's fixes (docs/translate-real-scripts.md): D's
speculative tracing as Vue's tentative tracing (frontends/vue/spec_tentative.py),
and its way back; stap's try block that cannot fault in Vue; the nearest Vue has
for what it refuses."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated

SPECOPEN = ('#pragma D option quiet\n'
            'syscall::openat:entry /execname == "cat"/ {\n'
            '    self->spec = speculation();\n'
            '    self->path = copyinstr(arg1);\n'
            '    speculate(self->spec);\n'
            '    printf("%s", self->path);\n'
            '}\n'
            'syscall::openat:return /self->spec && errno != 0/ {\n'
            '    commit(self->spec);\n'
            '    self->spec = 0;\n'
            '}\n'
            'syscall::openat:return /self->spec/ {\n'
            '    discard(self->spec);\n'
            '    self->spec = 0;\n'
            '}\n')


def test_a_speculation_variable_is_a_tentative_buffer_of_its_name():
    vue = translated(SPECOPEN, "vue", "d")
    assert "__thread long long spec;" in vue
    assert ('    spec = 1;\n'
            '    path = get_userstring(__arg2, -1);\n'
            '    start_tentative("spec");\n'
            '    printf("%s", path);\n') in vue
    assert 'when (spec && __errno != 0)\n{\n    commit_tentative("spec");\n    spec = 0;\n}' in vue
    assert 'when (spec)\n{\n    discard_tentative("spec");\n    spec = 0;\n}' in vue
    # what differs at run time is said above the first speculative clause
    assert "D drops\n * what is speculated on an id committed or discarded already" in vue


def test_the_vue_port_reads_back_as_the_d_speculation():
    vue = translated(SPECOPEN, "vue", "d")
    d = translate_text(vue, "t.e", "vue", "d")
    assert "a Vue buffer\n * takes output again after its commit" in d
    assert "self->spec = speculation();" in d
    assert "    speculate(self->spec);\n    printf(\"%s\", self->path);" in d
    assert "commit(self->spec);" in d and "discard(self->spec);" in d
    assert "tentative" not in d.replace("tentative buffer", "")


def test_a_vue_buffer_without_its_flag_variable_is_a_speculation_of_a_global_of_the_port():
    # (refused before branch vuetent2d: frontends/d/tentative_back.py gives the buffer
    # a global holding its id, tests/test_translate_vuetent2d.py)
    vue = ('@@BEGIN\n{\n    start_tentative("t1");\n    printf("held\\n");\n}\n'
           '@@END\n{\n    commit_tentative("t1");\n}\n')
    d = translate_text(vue, "t.e", "vue", "d")
    assert "BEGIN\n/!t1_spec/\n{\n" in d and "    t1_spec = speculation();\n}\n" in d
    assert 'BEGIN\n{\n    speculate(t1_spec);\n    printf("held\\n");\n}\n' in d
    assert "END\n{\n    commit(t1_spec);\n    t1_spec = 0;\n}" in d


def test_commit_of_zero_does_nothing_and_is_not_written():
    d = ('#pragma D option quiet\n'
         'BEGIN { self->s = speculation(); }\n'
         'BEGIN { speculate(self->s); printf("x\\n"); }\n'
         'BEGIN { commit(0); }\n'
         'BEGIN { commit(self->s); }\n'
         'BEGIN { exit(0); }\n')
    vue = translated(d, "vue", "d")
    assert vue.count("commit_tentative") == 1
    assert 'commit_tentative("s");' in vue


def test_not_quiet_the_probe_line_is_held_and_the_heading_comes_at_the_commit():
    d = ('BEGIN { self->spec = speculation(); }\n'
         'BEGIN { speculate(self->spec); printf("speculated"); }\n'
         'BEGIN { commit(self->spec); }\n'
         'BEGIN { exit(0); }\n')
    vue = translated(d, "vue", "d")
    assert ('    start_tentative("spec");\n'
            '    printf("%3d %6d %32s ", 0, 1, ":BEGIN");\n'
            '    dtrace_spec_framed[1] = 1;\n'
            '    printf("speculated");\n') in vue
    # DTrace prints the heading with the first record it prints: the committed one's
    assert ('    if (dtrace_spec_framed[1])\n    {\n        delete(dtrace_spec_framed, 1);\n'
            '        if (!dtrace_heading)\n') in vue
    assert vue.index("printf(\"CPU ") < vue.index('commit_tentative("spec");')


@pytest.mark.parametrize("src, message, where", [
    ('BEGIN { speculate(0); printf("dropped\\n"); }\n',
     r"D's speculate\(\) of an id that no variable holds from speculation\(\) cannot be "
     r"expressed in Vue's tentative tracing; nearest: a variable holding the id", "1:9"),
    ('BEGIN { self->a[1] = speculation(); }\n',
     r"D's speculation\(\) not stored whole in a global or self-> variable", "1:22"),
    ('BEGIN { s = speculation(); printf("%d\\n", s); }\n',
     r"a speculation id's value .* has no Vue equivalent", "1:43"),
    ('#pragma D option specsize=64\nBEGIN { s = speculation(); }\nBEGIN { speculate(s); printf("x"); }\n',
     r"D's specsize=64 .* has no Vue equivalent", "2:13"),
    ('BEGIN { a = speculation(); b = speculation(); }\n'
     'BEGIN { speculate(a); printf("x"); }\nBEGIN { speculate(b); printf("y"); }\n',
     r"2 speculation variables with D's nspec=1 .* nearest: `#pragma D option nspec=2`", "1:28"),
    ('#pragma D option nspec=2\nBEGIN { spec = speculation(); self->spec = speculation(); }\n'
     'BEGIN { speculate(spec); printf("a"); }\nBEGIN { speculate(self->spec); printf("b"); }\n',
     r"two speculation variables named 'spec' .* nearest: give one another name", "2:9"),
])
def test_what_vue_cannot_say_is_refused_where_it_is(src, message, where):
    with pytest.raises(XtraceError, match=message) as err:
        translate_text("#pragma D option quiet\n" + src, "t.d", "d", "vue")
    line, col = where.split(":")
    assert (err.value.loc.line, err.value.loc.col) == (int(line) + 1, int(col))


def test_a_try_block_that_cannot_fault_is_its_statements_in_vue():
    stp = 'probe begin { try { println("body") } catch { println("never") } exit() }\n'
    vue = translated(stp, "vue")
    assert '    printf("body\\n");\n    exit();' in vue
    assert "never" not in vue


def test_a_try_block_that_can_fault_names_the_vue_clauses_a_porter_writes():
    stp = ('global zero\n'
           'probe begin { try { println(1 % zero) } catch { println("caught") } exit() }\n')
    with pytest.raises(XtraceError, match=r"stap's try/catch block cannot be expressed in Vue .* "
                       r"nearest: the try block as a clause of its own .* `when \(flag\)`") as err:
        translate_text(stp, "t.stp", "stap", "vue")
    assert (err.value.loc.line, err.value.loc.col) == (2, 15)


@pytest.mark.parametrize("builtin", ["gid()", "egid()"])
def test_a_group_id_has_no_vue_equivalent_and_says_what_vue_has(builtin):
    stp = f'probe syscall.openat {{ printf("%d\\n", {builtin}) }}\n'
    with pytest.raises(XtraceError, match=r"nearest: none \(Vue's credentials are __uid and __euid"):
        translate_text(stp, "t.stp", "stap", "vue")


def test_exec_any_is_the_success_probe_and_the_failure_probe_in_stap():
    d = ('#pragma D option quiet\n'
         'proc:::exec-* /execname == "env"/ { printf("%s %s\\n", probename, execname); }\n')
    stp = translated(d, "stap", "d")
    assert ('probe kernel.trace("sched:sched_process_exec")\n{\n'
            '    if (execname() != "env") next\n'
            '    printf("exec-success %s\\n", execname())\n}') in stp
    assert ("# D's proc:::exec-failure: an execve or execveat that failed\n"
            "probe syscall.execve.return, syscall.execveat.return\n{\n"
            "    if (retval >= 0) next\n") in stp
    # the failure's probe name is D's, not the syscall return probes'
    assert 'printf("exec-failure %s\\n", execname())' in stp


def test_probename_at_exec_any_is_the_dtrace_probe_that_fired():
    """The two tracepoints behind proc:::exec-* tell their sites apart by the DTrace
    probe each stands for (c->pp), so probename is exec-success or exec-failure, not
    the tracepoint's name (the VM run: conformance d/proc_exec_any)."""
    from xtrace import frontends
    from xtrace.backend_c.codegen import generate
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    d = ('#pragma D option quiet\n'
         'proc:::exec-* { printf("%s\\n", probename); }\n')
    c = generate(analyze(frontends.parse(d, "t.d", "d"), _translation_target())).c_source
    assert 'c->pp = "proc:::exec-success";' in c and 'c->pp = "proc:::exec-failure";' in c
    assert ('(!strcmp(c->pp, "proc:::exec-success") ? "exec-success" : '
            '!strcmp(c->pp, "proc:::exec-failure") ? "exec-failure" : c->probename)') in c


@pytest.mark.parametrize("src, lang, nearest", [
    # (of a time known only at run time: ctime() of a constant is its text, s2dref)
    ('probe begin { println(ctime(gettimeofday_s())) exit() }\n', "stap", "printf's %A of timestamp()"),
    ('#pragma D option quiet\nsyscall::write:entry { this->b = copyin(arg1, 4); '
     'printf("%s", stringof(this->b)); }\n', "d", "copy_userdata(addr, var)"),
    ('probe begin { println(strtol("12", 8)) exit() }\n', "stap", "atoi() of a decimal string"),
])
def test_a_function_vue_has_not_names_vue_s_nearest(src, lang, nearest):
    with pytest.raises(XtraceError, match=r"Vue has no \w+\(\) function \(with these arguments\); "
                       r"nearest: " + nearest.replace("(", r"\(").replace(")", r"\)")):
        translate_text(src, "t." + ("stp" if lang == "stap" else "d"), lang, "vue")


def test_retstr_names_what_vue_has_nearest():
    # printed whole it is written out (s2dref3); kept as a value Vue cannot make it
    stp = 'global r\nprobe syscall.close.return { r = retstr }\nprobe end { println(r) }\n'
    with pytest.raises(XtraceError, match=r"'retstr' built-in; nearest: a printf printing it "
                       r"whole at a plain %s.*-__errno and its name from a table"):
        translate_text(stp, "t.stp", "stap", "vue")


def test_a_thread_speculation_in_vue_says_the_buffer_is_every_threads():
    """D's self-> speculation ids are each thread's own; one Vue buffer of the name
    holds every thread's output, which the port says above its first clause."""
    src = ('#pragma D option quiet\n'
           'syscall::openat:entry { self->spec = speculation(); speculate(self->spec); '
           'printf("open\\n"); }\n'
           'syscall::openat:return /self->spec && arg0 < 0/ { commit(self->spec); self->spec = 0; }\n'
           'syscall::openat:return /self->spec/ { discard(self->spec); self->spec = 0; }\n')
    assert "holds every thread's output" in translate_text(src, "t.d", "d", "vue")
    glob = src.replace("self->spec", "spec")
    assert "holds every thread's output" not in translate_text(glob, "t.d", "d", "vue")
