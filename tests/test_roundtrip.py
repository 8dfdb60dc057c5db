"""Round trip (issue 7): every conformance script translated into another
language and back parses and analyses to the same IR, locations aside.

Pairs the translator refuses (a construct the other language cannot say) are
not round trips and are skipped by construction: the matrix reports them. The
pairs listed in ROUND_TRIP_GAPS come back different today; they are strict
xfails, so one that starts working must be taken off the list."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.conformance.cases import discover
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}

# D aggregations translated to stap come back as stap statistics read several
# ways (@count and @sum), which D cannot hold in one aggregation; comments and
# some literal forms do not survive yet.
ROUND_TRIP_GAPS = {
    ("d/agg_avg.d", "stap"), ("d/agg_count_unkeyed.d", "stap"), ("d/agg_in_end.d", "stap"),
    ("d/agg_max_negative.d", "stap"), ("d/agg_min_max.d", "stap"),
    ("d/agg_order_first_use.d", "stap"), ("d/agg_sum_unkeyed.d", "stap"),
    ("d/comments.d", "stap"), ("d/global_declared_zero.d", "stap"),
    ("d/large_literals.d", "stap"), ("d/printa_default.d", "stap"),
    ("d/printa_unkeyed_format.d", "stap"), ("d/tick_agg_count.d", "stap"),
    # stap's isinstr() and substr() go to D as index() != -1 and a guarded
    # substr(), which come back as those expressions, not as the calls.
    ("stap/string_search.stp", "d"), ("stap/string_substr.stp", "d"),
    # Vue cases (issue 6) that come back different: C integer types of Vue
    # globals and locals are lost in stap (untyped 64-bit) and narrowed
    # again on the way back, comments and some statement forms do not survive.
    ("vue/printf_upper_hex_ll.e", "stap"),
    ("vue/interval_predicate.e", "stap"),
    ("vue/assoc_of_lists.e", "stap"),
    ("vue/exit_inside_if.e", "stap"),
    ("vue/syscallx_all_names.e", "stap"),
    ("vue/arith_assign_ops.e", "stap"),
    ("vue/arith_basic.e", "stap"),
    ("vue/arith_bitwise.e", "stap"),
    ("vue/arith_casts.e", "stap"),
    ("vue/arith_compare_logical.e", "stap"),
    ("vue/arith_incr_decr.e", "stap"),
    ("vue/arith_int_overflow.e", "stap"),
    ("vue/arith_long_long_wrap.e", "stap"),
    ("vue/arith_ternary.e", "stap"),
    ("vue/assoc_delete.e", "d"),
    ("vue/char_plain_unsigned.e", "d"),
    ("vue/char_plain_unsigned.e", "stap"),
    ("vue/comments_hashbang.e", "stap"),
    ("vue/exit_runs_end.e", "stap"),
    ("vue/if_else_chain.e", "d"),
    ("vue/if_else_chain.e", "stap"),
    ("vue/interval_end.e", "d"),
    ("vue/interval_end.e", "stap"),
    ("vue/interval_ticks.e", "d"),
    ("vue/interval_ticks.e", "stap"),
    ("vue/list_across_clauses.e", "stap"),
    ("vue/list_avg_truncates.e", "stap"),
    ("vue/list_declared.e", "stap"),
    ("vue/list_in_syscall.e", "stap"),
    ("vue/list_reset.e", "stap"),
    ("vue/list_stats.e", "stap"),
    ("vue/long_long_negative_div_mod.e", "stap"),
    ("vue/predicate_global_flag.e", "stap"),
    ("vue/printf_d_i.e", "stap"),
    ("vue/printf_flags_width.e", "stap"),
    ("vue/printf_int_negative_hex.e", "stap"),
    ("vue/printf_ld_long.e", "stap"),
    ("vue/printf_lld.e", "stap"),
    ("vue/printf_llx_llu.e", "stap"),
    ("vue/printf_u_x_o.e", "stap"),
    ("vue/return_ends_block.e", "stap"),
    ("vue/short_increment_wrap.e", "stap"),
    ("vue/sizeof_types.e", "stap"),
    ("vue/string_compare.e", "d"),
    ("vue/string_ternary.e", "stap"),
    ("vue/syscall_count_end.e", "stap"),
    ("vue/syscall_exit_in_probe_runs_end.e", "stap"),
    ("vue/syscall_two_tuples.e", "stap"),
    ("vue/syscall_write_args.e", "stap"),
    ("vue/syscall_write_rv.e", "stap"),
    ("vue/uft_libc_sync.e", "d"),
    ("vue/uft_libc_uname_rv.e", "d"),
    ("vue/unsigned_wrap.e", "stap"),
    ("vue/var_global_across_clauses.e", "stap"),
    ("vue/var_global_colon_prefix.e", "stap"),
    ("vue/var_global_initial_zero.e", "stap"),
    ("vue/var_string_initial_empty.e", "stap"),
    ("vue/when_complex_predicate.e", "stap"),
}

PAIRS = [(c, to) for c in discover() for to in EXT if to != c.lang]


@pytest.fixture(scope="module")
def target():
    return _translation_target()


@pytest.mark.parametrize("case, to", [
    pytest.param(c, to, marks=[pytest.mark.xfail(strict=True, reason="round-trip gap")]
                 if (c.id, to) in ROUND_TRIP_GAPS else [])
    for c, to in PAIRS], ids=[f"{c.id}->{to}" for c, to in PAIRS])
def test_translate_and_back_gives_the_same_ir(case, to, target):
    try:
        orig = frontends.parse(case.source, case.path.name, case.lang)
        analyze(orig, target)
    except XtraceError:
        pytest.skip("the case is a compile-error case")
    try:
        text = translate_text(case.source, case.path.name, case.lang, to, target)
    except XtraceError:
        pytest.skip(f"not expressible in {to} (the matrix lists why)")
    back = translate_text(text, "rt" + EXT[to], to, case.lang, target)
    again = frontends.parse(back, case.path.name, case.lang)
    analyze(again, target)
    assert again.probes == orig.probes
    assert again.globals == orig.globals
