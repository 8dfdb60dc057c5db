"""The forty-first real-script sample's fixes (branch real41, 2026-12-08;
docs/translate-real-scripts.md, "Forty-first sample").

1. stap to D and Vue: `$$vars` / `$$parms` in a probe on a wildcard of kernel
   functions (the systemtap testsuite's rlimit.stp:
   `kernel.function("tcp*send*").call { println($$vars) }`) was ported as
   `printf("\\n")`: translating, the point keeps the pattern, no function of that
   name has BTF, and its parameters were taken to be none. The pattern is now
   matched against the functions BTF describes, as `stap -p2` expands it: one
   shape of parameters is ported, several are refused as `xtrace stap -p2` refuses
   them. A named function BTF does not describe is refused too, where the port
   printed an empty line. The same matching serves `$name` and D's `args[N]` on a
   pattern, which were refused ("BTF does not describe function 'vfs_read*'").
2. D to stap: a non-quiet clause on a pattern of kernel functions
   (`fbt::ksys_lsee*:entry`) printed the pattern as the probe line's
   FUNCTION:NAME (`ksys_lsee*:entry`) with one ID; DTrace names the function that
   fired. The pattern's BTF matches are the sites numbered, one name a constant,
   several read with ppfunc() from the table of IDs.
3. stap (and Vue) to D: a local holding a number in one probe and a string in
   another (the testsuite's probe_combining_2.stp) was one `this->x` in the port,
   which dtrace refuses (a clause-local has one type in the whole program:
   dt_compile makes `pcb_locals` once, dt_ident_unref types a name only until it
   is referenced). The later kind is `this->x_2` (ir/localtypes.py). xtrace's D
   refuses such a program as dtrace does, in clauses of other probes too (it did
   only where one clause read what another stored).
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import _translation_target
from xtrace.frontends import d
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from translating import translated


@pytest.fixture(scope="module")
def target():
    return _translation_target()


def _refusal(src: str, to: str = "d", lang: str = "stap") -> str:
    with pytest.raises(XtraceError) as e:
        translated(src, to, lang)
    return e.value.message


def test_parms_of_a_wildcard_of_one_function_is_its_parameters():
    # ksys_lsee* matches ksys_lseek alone: its parameters, as for the name itself
    d = translated('probe kernel.function("ksys_lsee*") { printf("%s\\n", $$parms); exit() }', "d")
    assert "fbt::ksys_lsee*:entry" in d
    assert 'printf("fd=0x%x offset=0x%x whence=0x%x\\n", args[0], args[1], args[2]);' in d


def test_vars_of_a_wildcard_of_functions_with_other_parameters_is_refused():
    # rlimit.stp's probe: its port was `printf("\\n")`
    why = _refusal('probe kernel.function("tcp*send*").call { println($$vars) }')
    assert "$$vars: the functions this probe matches have different parameters" in why


def test_parms_of_a_wildcard_of_other_parameters_is_refused_not_an_empty_line():
    why = _refusal('probe kernel.function("vfs_read*") { println($$parms) }')
    assert "$$parms: the functions this probe matches have different parameters" in why


def test_parameter_of_a_wildcard_of_one_function_is_read():
    d = translated('probe kernel.function("ksys_lsee*") { printf("%d\\n", $fd); exit() }', "d")
    assert 'printf("%d\\n", args[0]);' in d


def test_d_args_of_a_wildcard_of_one_function_port_to_stap():
    stp = translated('#pragma D option quiet\n'
                     'fbt::ksys_lsee*:entry { printf("%d\\n", args[0]); exit(0); }', "stap", "d")
    assert 'kernel.function("ksys_lsee*")' in stp and "$fd" in stp


def test_d_args_of_a_wildcard_of_other_parameters_is_dtraces_refusal():
    why = _refusal("fbt::vfs_read*:entry { trace(args[0]); }", "stap", "d")
    assert "matches an unstable set of probes (args[0] differs" in why


def test_parms_of_a_wildcard_matching_nothing_is_refused():
    why = _refusal('probe kernel.function("no_such_fn_xyz*") { println($$parms) }')
    assert "no function the kernel's BTF describes matches 'no_such_fn_xyz*'" in why


def test_parms_of_a_function_btf_does_not_describe_is_refused():
    why = _refusal('probe kernel.function("sys_mmap") { println($$parms) }')
    assert "BTF does not describe function 'sys_mmap'" in why


def test_nonquiet_probe_line_of_a_pattern_names_the_function_not_the_pattern():
    # DTrace's FUNCTION:NAME column is the function that fired
    stp = translated("fbt::ksys_lsee*:entry { trace(1); }", "stap", "d")
    assert 'printf("%3d %6d %32s ", cpu(), 4, "ksys_lseek:entry")' in stp
    assert "ksys_lsee*:entry" not in stp


def test_nonquiet_probe_line_of_a_pattern_of_several_functions_reads_the_one_that_fired():
    stp = translated("fbt::vfs_read*:entry { trace(1); }", "stap", "d")
    assert 'dtrace_probe_id["vfs_read"] = 4' in stp and 'dtrace_probe_id["vfs_readv"]' in stp
    assert 'dtrace_probe_id[ppfunc()], sprintf("%s:entry", ppfunc()))' in stp


# the systemtap testsuite's probe_combining_2.stp: one local name, a number in one
# probe and a string in the next
_TYPES_APART = ('probe begin { x = 1; printf("%d\\n", x) }\n'
                'probe begin { x = "b"; printf("%s\\n", x) }\n'
                'probe begin { x = 3; printf("%d\\n", x) }\n'
                'probe begin { x = "d"; printf("%s\\n", x); exit() }\n')


def test_a_local_of_two_types_in_two_probes_is_two_clause_locals_in_d():
    out = translated(_TYPES_APART, "d")
    assert 'this->x = 1;' in out and 'this->x = 3;' in out
    assert 'this->x_2 = "b";' in out and 'this->x_2 = "d";' in out
    assert 'this->x = "b"' not in out


def test_the_d_port_of_locals_of_two_types_compiles(target):
    analyze(d.parse(translated(_TYPES_APART, "d"), "back.d"), target)


def test_locals_of_one_type_keep_their_names_in_d():
    out = translated('probe begin { x = 1 } probe begin { x = 2; printf("%d\\n", x); exit() }', "d")
    assert "this->x_2" not in out


def test_d_clauses_storing_a_string_and_a_number_in_one_clause_local_are_refused(target):
    # dtrace types a this-> name once per program (pcb_locals), also in other probes
    src = 'BEGIN { this->x = 1; trace(this->x); }\ntick-1s { this->x = "b"; trace(this->x); }\n'
    with pytest.raises(XtraceError) as err:
        analyze(d.parse(src, "t.d"), target)
    assert err.value.message == 'operands have incompatible types: "int" = "string"'
    assert err.value.loc.line == 2
