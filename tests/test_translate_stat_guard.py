"""A printf of one list's (statistics array's) statistics under `count(l) > 0`,
which prints exactly what D's printa of the per-statistic aggregations prints,
translated to that printa (ir/statguard.py, ir/statsplit.py); other tests stay."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated

_VUE = ("__list l;\n@@syscall:*:write:entry\n{\n    append(l, __arg3);\n}\n"
        "@@END\n{\n    printf(\"start\\n\");\n    GUARD\n        printf(\"%lld %lld\\n\", count(l), sum(l));\n}\n")


@pytest.mark.parametrize("guard", ["if (count(l) > 0)", "if (count(l) != 0)", "if (count(l))"])
def test_a_guarded_vue_print_of_a_lists_statistics_is_one_printa(guard):
    d = translated(_VUE.replace("GUARD", guard), "d", "vue")
    assert 'printa("%@lld %@lld\\n", @l_count, @l_sum);' in d
    assert "if (" not in d


def test_a_vue_clause_that_is_the_guarded_print_loses_its_test():
    # `if` around a whole clause is its predicate: printa needs none
    vue = _VUE.replace('    printf(\"start\\n\");\n', "").replace("GUARD", "if (count(l) > 0)")
    d = translated(vue, "d", "vue")
    assert "END\n{\n    printa(\"%@lld %@lld\\n\", @l_count, @l_sum);" in d


def test_a_guarded_stap_print_of_statistics_is_one_printa():
    stp = ('global s\nprobe syscall.read { s <<< 1 }\n'
           'probe end { if (@count(s) > 0) printf("%d %d\\n", @count(s), @max(s)) }\n')
    d = translated(stp, "d")
    assert 'printa("%@d %@d\\n", @s_count, @s_max);' in d


@pytest.mark.parametrize("guard, args", [
    ("if (count(l) > 1)", "count(l), sum(l)"),   # another test
    ("if (count(l) > 0)", "count(l), __pid"),    # not only statistics
    ("if (count(m) > 0)", "count(l), sum(l)"),   # another list's count
])
def test_other_guards_are_not_read_as_printa(guard, args):
    vue = (_VUE.replace("__list l;", "__list l;\n__list m;").replace("GUARD", guard)
           .replace("count(l), sum(l)", args).replace("append(l, __arg3);", "append(l, __arg3);\n    append(m, 1);"))
    with pytest.raises(XtraceError, match="aggregation"):
        translated(vue, "d", "vue")


def test_a_guarded_print_with_an_else_stays():
    vue = _VUE.replace("GUARD", "if (count(l) > 0)") .replace(
        "sum(l));\n", "sum(l));\n    else\n        printf(\"none\\n\");\n")
    with pytest.raises(XtraceError, match="aggregation"):
        translated(vue, "d", "vue")
