"""A D predicate that can fault (a memory read, a division by a variable) ends
only its clause's firing in D; the stap translation tests it inside the clause's
`try { } catch { }` (ir.clause_errors.guards_into_clause_try), and D and Vue read
that test back as the predicate. (That the port prints what D prints is the
matrix's job: conformance/d/predicate_fault.d.)"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text
from translating import translated

CHAIN = ('#pragma D option quiet\n\nsyscall::openat:entry\n'
         '/execname == "cat" && pid > 1 && copyinstr(arg1) == "/etc/passwd" && arg2 != 0/\n'
         '{\n\tprintf("%s\\n", execname);\n}\n')

DIVISION = ('#pragma D option quiet\n\nint64_t x;\nint64_t y;\n\nBEGIN\n/x / y > 2/\n'
            '{\n\tprintf("%d\\n", x);\n}\n')

NEGATED = ('#pragma D option quiet\n\nBEGIN\n/!(copyinstr(0) == "a")/\n'
           '{\n\tprintf("%d\\n", pid);\n}\n')

SAFE = ('#pragma D option quiet\n\nsyscall::openat:entry\n/execname == "cat" && pid > 1/\n'
        '{\n\tprintf("%s\\n", copyinstr(arg1));\n}\n')


def _stap(d: str) -> str:
    return translated(d, "stap", lang="d")


def _probe(stp: str, head: str) -> str:
    at = stp.index(head)
    return stp[at:stp.index("\n}\n", at) + 3]


def test_the_faulting_part_of_a_predicate_is_the_first_test_of_the_try_block():
    probe = _probe(_stap(CHAIN), "probe syscall.openat")
    # what cannot fault stays the probe's own test, above the try
    assert probe == (
        'probe syscall.openat\n{\n'
        '    if (execname() != "cat" || pid() <= 1) next\n'
        '    try {\n'
        '        if (user_string(pointer_arg(2)) != "/etc/passwd" || long_arg(3) == 0) next\n'
        '        log(execname())\n'
        '    } catch { }\n}\n'), probe


def test_a_predicate_dividing_by_a_variable_is_tested_in_the_try_block():
    probe = _probe(_stap(DIVISION), "probe begin")
    assert probe.index("try {") < probe.index("if (x / y <= 2) next") < probe.index("} catch {"), probe
    assert probe.count("next") == 1


def test_a_negated_predicate_keeps_its_form_in_the_try_block():
    stp = _stap(NEGATED)
    assert "    try {\n        if (!!(user_string(0) == \"a\")) next\n" in stp, stp


def test_a_predicate_that_cannot_fault_is_printed_as_before():
    stp = _stap(SAFE)
    assert '    if (execname() != "cat" || pid() <= 1) next\n    try {\n        log(' in stp, stp
    assert stp.count("next") == 1


def test_the_stap_port_reads_back_as_the_d_clause():
    for d in (CHAIN, DIVISION, NEGATED, SAFE):
        back = translate_text(_stap(d), "back.stp", "stap", "d")
        assert "try {" not in back and "catch" not in back and "next" not in back and "ERROR" not in back, back
        pred = d.split("\n/", 1)[1].split("/\n", 1)[0]
        assert f"\n/{pred}/\n" in back, back
        frontends.parse(back, "back.d", "d")


def test_the_stap_port_reads_back_in_vue_as_a_predicated_clause():
    vue = translated(_stap(DIVISION), "vue")
    assert "when (x / y > 2)" in vue and "try {" not in vue, vue


def test_a_chain_that_starts_with_a_read_is_all_in_the_try_block():
    d = ('#pragma D option quiet\n\nsyscall::openat:entry\n/copyinstr(arg1) == "a" && pid > 1/\n'
         '{\n\tprintf("%d\\n", pid);\n}\n')
    probe = _probe(_stap(d), "probe syscall.openat")
    assert probe.startswith('probe syscall.openat\n{\n    try {\n'
                            '        if (user_string(pointer_arg(2)) != "a" || pid() <= 1) next\n'), probe
    assert "/copyinstr(arg1) == \"a\" && pid > 1/" in translate_text(probe, "back.stp", "stap", "d")


def test_a_division_by_a_local_holding_a_constant_other_than_0_cannot_fault():
    # a porter's `this->b = 5; ... / this->b` (Vue's `b = 5; a / b`) divides by 5:
    # no try block, as for the literal
    d = '#pragma D option quiet\n\nBEGIN\n{\n\tthis->b = 5;\n\tprintf("%d\\n", pid / this->b);\n\texit(0);\n}\n'
    assert "try {" not in _stap(d)
    # 0, a store under an if, a second store: it can be 0 where read
    for stores in ("this->b = 0;", "if (pid) { this->b = 5; }", "this->b = 5; this->b = pid;",
                   "this->b = 5; this->b--;"):
        d = (f'#pragma D option quiet\n\nBEGIN\n{{\n\t{stores}\n\tprintf("%d\\n", pid / this->b);'
             '\n\texit(0);\n}\n')
        assert "try {" in _stap(d), stores
