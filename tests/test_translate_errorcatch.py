"""D's ERROR clauses ported to stap as the catch blocks of the clause try blocks
(ir/error_catches.py), read back to D as ERROR clauses, and a store nothing reads
kept for the fault its value can raise (frontends/stap/print_faultstore.py).
That the ports print what D prints runs in the sandbox: the matrix's d -> stap
cells of deref_kernel_pointer, inet_ntop_fault, error_probe, error_probe_fires,
error_probe_names, error_probe_names_fired, error_divide_by_zero and
error_modulo_zero."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def _stap(d: str) -> str:
    out = translate_text(d, "t.d", "d", "stap")
    frontends.parse(out, "t.stp", "stap")  # it is real stap
    return out


def _back(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


_TWO_ERRORS = """#pragma D option quiet
BEGIN { trace(inet_ntop(AF_INET, 0)); printf("not reached\\n"); }
BEGIN { printf("safe\\n"); }
ERROR { printf("error %d\\n", ++n); }
ERROR /n == 2/ { exit(0); }
"""


def test_error_clauses_are_the_catch_block_of_each_clause_that_can_fault():
    out = _stap(_TWO_ERRORS)
    catch = ('    } catch {\n        printf("error %d\\n", ++n)\n'
             '        if (n == 2) {\n            exit()\n        }\n    }')
    assert out.count(catch) == 1  # (one clause can fault: inet_ntop() reads address 0)
    assert "probe error" not in out and "ERROR" not in out.split("*/")[-1].replace("# D's ERROR", "")
    # the clause that cannot fault has no try block
    assert 'probe begin\n{\n    printf("safe\\n")\n}' in out


def test_the_port_says_what_differs_on_stderr():
    out = _stap(_TWO_ERRORS)
    assert "DTrace also writes its error line on stderr, stap's catch writes nothing" in out


def test_error_clauses_with_nothing_that_can_fault_go():
    out = _stap('BEGIN { x = 1; printf("%d\\n", x); exit(0); }\nERROR { printf("err\\n"); }')
    assert "err" not in out and "try" not in out


def test_exit_one_error_clause_is_still_stap_own_rule():
    out = _stap("#pragma D option quiet\nBEGIN { z = 0; printf(\"%d\\n\", 1 / z); }\n"
                "ERROR { exit(1); }")
    assert "try" not in out and "catch" not in out


@pytest.mark.parametrize("expr", ["arg1", "arg2", "arg3", "arg4", "arg5"])
def test_errors_own_arguments_are_refused(expr):
    # (xtrace's D does not give ERROR its arguments yet; the port's own refusal,
    # ir/error_catches.py, says why stap could not either)
    with pytest.raises(XtraceError, match=f"ERROR's {expr} .* has no stap value|"
                                          f"'{expr}' is only available in"):
        translate_text(f'BEGIN {{ z = 0; printf("%d\\n", 1 / z); }}\n'
                       f'ERROR {{ printf("%d\\n", {expr}); }}', "t.d", "d", "stap")


def test_probename_in_an_error_clause_is_refused():
    with pytest.raises(XtraceError, match="'probename' in an ERROR clause"):
        translate_text('BEGIN { z = 0; printf("%d\\n", 1 / z); }\n'
                       'ERROR { printf("%s\\n", probename); }', "t.d", "d", "stap")


def test_an_error_clause_that_can_fault_is_refused():
    with pytest.raises(XtraceError, match="ERROR clause that can itself fault"):
        translate_text('BEGIN { z = 0; printf("%d\\n", 1 / z); }\n'
                       'ERROR { printf("%d\\n", 2 / z); }', "t.d", "d", "stap")


def test_a_faulting_store_nothing_reads_is_kept_and_forgotten():
    out = _stap("BEGIN { z = 0; x = 1 / z; }\nERROR { printf(\"in ERROR\\n\"); }")
    # kept for its fault (stap's optimizer would delete a bare `1 / z`), then
    # deleted, so that stap does not print x at exit
    assert "        x = 1 / z\n        delete x\n" in out


def test_a_store_that_cannot_fault_is_still_dropped():
    out = _stap("BEGIN { x = 1 + 2; exit(0); }")
    assert "x" not in out.replace("exit", "")


def test_catch_blocks_come_back_as_error_clauses_after_the_last_clause_they_catch_for():
    back = _back(_stap("#pragma D option quiet\nBEGIN { z = 0; x = 1 / z; }\n"
                       "ERROR { printf(\"in ERROR\\n\"); }\nBEGIN { exit(0); }\n"))
    body = back.split("*/")[-1]
    assert "x = 1 / z;\n}\n\nERROR\n{\n    printf(\"in ERROR\\n\");\n}\n\nBEGIN\n{\n    exit(0);" in body
    assert "x = 0" not in body and "try" not in body
    # the port's note on its catch blocks goes with them
    assert "catch blocks below" not in back, back


def test_a_predicated_error_clause_comes_back_predicated():
    back = _back(_stap(_TWO_ERRORS))
    assert "ERROR\n{\n    printf(\"error %d\\n\", ++n);\n}\n\nERROR\n/n == 2/\n{\n    exit(0);\n}" in back


def test_stap_catch_blocks_that_differ_stay_stap_try_blocks():
    stap = ('global z\nprobe begin { try { printf("%d\\n", 1 / z) } catch { printf("a\\n") } }\n'
            'probe begin { try { printf("%d\\n", 2 / z) } catch { printf("b\\n") } }\n')
    try:
        out = translate_text(stap, "t.stp", "stap", "d")
    except XtraceError:
        return  # refused: D has no try block
    assert "ERROR\n{\n    printf(\"a" not in out


def test_the_ports_own_refusal_of_errors_arguments():
    from xtrace.ir import nodes as ir
    from xtrace.ir.error_catches import error_clauses_into_catches
    err = ir.Probe([ir.ProbePoint("error")], ir.Block([ir.Printf("%d\n", [ir.Builtin("arg4")])]))
    prog = ir.Program(file="t.d", globals=[], probes=[err], lang="d")
    with pytest.raises(XtraceError, match="ERROR's arg4 .* has no stap value"):
        error_clauses_into_catches(prog)
