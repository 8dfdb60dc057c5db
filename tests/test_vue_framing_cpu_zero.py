"""A Vue port of a D BEGIN/END clause without `quiet` prints DTrace's probe line
with a CPU column of 0 (@@BEGIN cannot read __curthread->cpuid). xtrace's Vue
frontend reads those statements back as D's framing, for the round trip; run as
Vue, or ported on to stap, the column must stay the 0 the script prints, as
probevue prints it. The sandbox proof is conformance/vue/begin_cpu_column_zero."""

from __future__ import annotations

from pathlib import Path

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.vue import parse
from xtrace.ir.analysis import analyze

CASE = Path(__file__).resolve().parent.parent / "conformance" / "vue" / "begin_cpu_column_zero.e"
D_SOURCE = 'BEGIN { trace("hello, world"); exit(0); }\n'


def test_the_zero_column_is_read_back_as_framing_that_prints_zero():
    prog = parse(CASE.read_text(), str(CASE))
    (p,) = prog.probes
    assert p.framed and p.framed_cpu_zero
    c = generate(analyze(prog, _translation_target())).c_source
    # the probe line's first argument is the constant, and no CPU is read for it
    assert "s64 a0_ = ((s64)0);" in c
    assert "smp_processor_id" not in c


def test_d_framing_still_prints_the_cpu():
    from xtrace.frontends.d import parse as parse_d
    prog = parse_d(D_SOURCE, "t.d")
    assert not prog.probes[0].framed_cpu_zero
    c = generate(analyze(prog, _translation_target())).c_source
    assert "s64 a0_ = ((s64)smp_processor_id());" in c


def test_the_stap_port_of_the_vue_script_prints_the_zero():
    stap = translate_text(CASE.read_text(), str(CASE), "vue", "stp")
    assert 'printf("%3d %6d %32s ", 0, 1, ":BEGIN")' in stap, stap


def test_d_to_vue_to_d_still_gives_d_its_cpu_column():
    vue = translate_text(D_SOURCE, "t.d", "d", "vue")
    assert 'printf("%3d %6d %32s ", 0, 1, ":BEGIN")' in vue
    d = translate_text(vue, "t.e", "vue", "d")
    assert "%3d" not in d and "quiet" not in d, d
