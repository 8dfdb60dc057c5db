"""The twenty-first real-script sample's fixes (docs/translate-real-scripts.md):
D's global, self-> and this-> variables of one name kept apart in Vue
(ir/rename.py scope_clashes), trunc() of a constant expression in stap and back,
and D's `$1 ? $1 : c` under defaultargs in stap."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text
from translating import translated

# brendangregg/dtrace-cloud-tools' dilt.d, cut down: `this->ts = ts[arg0]`
SAME_NAMES_D = ('#pragma D option quiet\n'
                'BEGIN { ts[1] = 10; n = 5; self->ts = 20; self->n = 6; }\n'
                'BEGIN /this->ts = ts[1]/ {\n'
                '    this->n = n + self->n;\n'
                '    printf("%d %d %d %d\\n", this->ts, self->ts, this->n, n);\n'
                '    exit(0);\n}\n')


def test_vue_port_keeps_a_global_a_thread_local_and_a_clause_local_apart():
    out = translated(SAME_NAMES_D, "vue", "d")
    assert "__thread int ts_2;" in out and "__thread int n_2;" in out
    assert "__auto long long ts_3;" in out and "__auto long long n_3;" in out
    assert "ts[1] = 10;" in out and "if (ts_3 = ts[1])" in out
    assert "n_3 = n + n_2;" in out
    assert 'printf("%d %d %d %d\\n", ts_3, ts_2, n_3, n);' in out


def test_the_vue_port_names_them_as_the_stap_port_does():
    stap = translated(SAME_NAMES_D, "stap", "d")
    assert "ts_3 = ts[1]" in stap and "ts_2[tid()] = 20" in stap


def test_names_that_clash_with_nothing_are_kept():
    d = ('#pragma D option quiet\n'
         'BEGIN { a[1] = 2; self->b = 3; }\n'
         'BEGIN { this->c = a[1] + self->b; printf("%d\\n", this->c); exit(0); }\n')
    out = translated(d, "vue", "d")
    assert "__thread int b;" in out and "__auto long long c;" in out


# zonecalls.d: trunc(@, TOP + 1) of an inline TOP
TRUNC_D = ('#pragma D option quiet\n'
           'inline int TOP = 2;\n'
           'syscall:::entry { @[probefunc] = count(); }\n'
           'tick-1s { trunc(@, TOP + 1); printa(@); exit(0); }\n')


def test_trunc_of_a_constant_expression_in_stap():
    out = translated(TRUNC_D, "stap", "d")
    assert "@define TOP %( 2 %)" in out
    assert "if (kept++ >= @TOP + 1)" in out


def test_trunc_of_a_constant_expression_of_the_smallest_rows():
    out = translated(TRUNC_D.replace("TOP + 1", "-(TOP + 1)"), "stap", "d")
    assert "@count+)" in out and "if (kept++ >= 3)" in out


def test_the_stap_loop_of_a_constant_expression_reads_back_as_trunc():
    stap = translated(TRUNC_D, "stap", "d")
    d = translate_text(stap, "t.stp", "stap", "d")
    assert "trunc(@, 2 + 1);" in d
    frontends.parse(d, "back.d", "d")


def test_trunc_of_a_variable_is_still_refused():
    d = TRUNC_D.replace("trunc(@, TOP + 1)", "n = 3; trunc(@, n)")
    try:
        translate_text(d, "t.d", "d", "stap")
    except Exception as ex:  # noqa: BLE001 - the refusal is an XtraceError
        assert "trunc(@, n) of a variable n" in str(ex)
    else:
        raise AssertionError("trunc(@, n) of a variable translated")


DEFAULT_ARG_D = ('#pragma D option quiet\n#pragma D option defaultargs\n'
                 'BEGIN { interval = $1 ? $1 : 1; printf("%d\\n", interval); exit(0); }\n')


def test_default_of_an_optional_argument_tests_it_once():
    out = translated(DEFAULT_ARG_D, "stap", "d")
    assert "interval = %( $# >= 1 %? ($1 ? $1 : 1) %: 1 %)" in out



def test_back_in_d_the_names_are_the_scripts_again():
    for via in ("stap", "vue"):
        port = translated(SAME_NAMES_D, via, "d")
        d = translate_text(port, "t" + {"stap": ".stp", "vue": ".e"}[via], via, "d")
        assert "self->ts = 20;" in d and "self->n = 6;" in d
        assert "this->n = n + self->n;" in d
        assert 'printf("%d %d %d %d\\n", this->ts, self->ts, this->n, n);' in d


def test_a_numbered_name_whose_base_no_variable_has_is_kept_in_d():
    # m_2 with no variable m: a name the script chose, kept
    stap = ('global n\n'
            'probe begin { n = 1; m_2 = n + 1; printf("%d\\n", m_2); exit() }\n')
    d = translate_text(stap, "t.stp", "stap", "d")
    assert "m_2" in d
