"""The twenty-fifth real-script sample's fixes (docs/translate-real-scripts.md):
D's associative array read before any clause assigns it (iosum.d's
`/!pending[dev]/` clause above the one that counts), refused as an unknown
identifier where DTrace creates the array at its first `name[...]`; and an
aggregation named as a variable of the script (top-funs.d's `ts[probefunc]`, the
start of a call, and `@ts[probefunc]`, the times summed), refused where D keeps
the two apart: the aggregation is `ts_agg` in the IR and in a port."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated

# alepharchives/dtrace-scripts' iosum.d, cut down to its pending counts per device
PENDING = ('#pragma D option quiet\n'
           'io:::start\n'
           '/! pending[args[1]->dev_statname]/\n'
           '{\n'
           '  printf("%s idle\\n", args[1]->dev_statname);\n'
           '}\n'
           'io:::start\n'
           '{\n'
           '  pending[args[1]->dev_statname]++;\n'
           '}\n')

# alepharchives/dtrace-scripts' top-funs.d, on a.out and without vtimestamp
TOPFUNS = ('pid$target:a.out::entry\n'
           '{\n'
           '  ts[probefunc] = timestamp;\n'
           '}\n'
           'pid$target:a.out::return\n'
           '/ts[probefunc]/\n'
           '{\n'
           '  @ts[probefunc] = sum(timestamp - ts[probefunc]);\n'
           '  @count[probefunc] = count();\n'
           '  ts[probefunc] = 0;\n'
           '}\n'
           'END\n'
           '{\n'
           '  trunc(@ts, 30);\n'
           '  printa("%@16u %s\\n", @ts);\n'
           '  printa("%@16u %s\\n", @count);\n'
           '}\n')


def _globals(text: str) -> dict[str, ir.Global]:
    return {g.name: g for g in frontends.parse(text, "t.d", "d").globals}


def test_an_array_read_before_it_is_assigned_is_declared_there():
    gs = _globals('BEGIN /!pending["a"]/ { printf("%d\\n", pending["a"]); }\n'
                  'BEGIN { pending["a"]++; exit(0); }\n')
    assert gs["pending"].kind == "map"


def test_the_pending_counts_port_to_stap():
    stp = translated(PENDING, "stap", "d")
    assert "if (pending[kernel_string($rq->q->disk->disk_name)]) next" in stp
    assert "pending[kernel_string($rq->q->disk->disk_name)]++" in stp


def test_a_scalar_read_before_it_is_assigned_stays_an_error():
    # dt_xcook_ident does not create a scalar it reads: "failed to resolve"
    with pytest.raises(XtraceError, match="failed to resolve x"):
        frontends.parse("BEGIN { y = x; x = 1; }\n", "t.d", "d")


def test_a_read_array_that_is_a_scalar_elsewhere_is_an_error():
    with pytest.raises(XtraceError, match="'x' is a scalar, not an associative array"):
        frontends.parse("BEGIN { x = 1; y = x[1]; }\n", "t.d", "d")


def test_an_aggregation_named_as_a_variable_takes_a_name_of_its_own():
    gs = _globals(TOPFUNS)
    assert gs["ts"].kind == "map"
    assert gs["ts_agg"].kind == "agg" and gs["ts_agg"].agg_func == "sum"
    # an aggregation no variable shares its name with keeps it
    assert gs["count"].kind == "agg"


def test_the_renamed_aggregation_in_stap():
    stp = translated(TOPFUNS, "stap", "d")
    assert "global ts\nglobal ts_agg\n" in stp
    assert "ts_agg[ppfunc()] <<< ktime_get_ns() - ts[ppfunc()]" in stp
    assert "printf(\"%16u %s\\n\", @sum(ts_agg[fn]), fn)" in stp


def test_the_renamed_aggregation_in_vue():
    vue = translated('BEGIN { ts = timestamp; @ts = count(); ts = 0; exit(0); }\n', "vue", "d")
    assert "ts_agg" in vue


def test_the_new_name_avoids_the_scripts_own_names():
    gs = _globals('BEGIN { ts = 1; ts_agg = 2; @ts = count(); exit(0); }\n')
    assert gs["ts"].kind == "scalar" and gs["ts_agg"].kind == "scalar"
    assert gs["ts_agg2"].kind == "agg"


def test_a_builtin_named_as_an_aggregation_renames_nothing():
    gs = _globals('BEGIN { @timestamp = max(timestamp); exit(0); }\n')
    assert gs["timestamp"].kind == "agg"


# filipecosta90/ESC_DTRACE's threaded.d continues its predicates with a backslash
SPLICED = ('#pragma D option quiet\n'
           'BEGIN\n'
           '/pid != 0 &&\\\n'
           '      tid != 0/\n'
           '{\n'
           '  printf("%d\\n", 1 +\\\n'
           '      2);\n'
           '  exit(0);\n'
           '}\n')


def test_a_backslash_ending_a_line_continues_the_expression():
    stp = translated(SPLICED, "stap", "d")
    assert 'if (pid() == 0 || tid() == 0) next' in stp
    assert 'printf("%d\\n", 1 + 2)' in stp


def test_a_backslash_elsewhere_stays_an_error():
    with pytest.raises(XtraceError, match="syntax error"):
        frontends.parse('BEGIN { x = 1 \\ 2; }\n', "t.d", "d")


def test_a_banner_of_stars_around_a_date_ports_to_stap():
    # ex2b.d's `printf("\n[ %20Y * * * ...", walltimestamp)`: the stars are text,
    # not a `*` width (which takes an argument of its own)
    stp = translated('#pragma D option quiet\n'
                     'BEGIN { printf("[ %20Y * * *\\n", walltimestamp); exit(0); }\n', "stap", "d")
    assert 'printf("[ %20s * * *\\n", substr(date, 20, 4) . " " . substr(date, 4, 15))' in stp


def test_a_banner_of_stars_in_a_printa_of_stacks_ports_to_stap():
    stp = translated('#pragma D option quiet\n'
                     'BEGIN { @a[stack()] = count(); printa("* %k %@d *\\n", @a); exit(0); }\n',
                     "stap", "d")
    assert 'printf(" %d *\\n", @count(a[stack]))' in stp


def test_a_star_width_still_takes_its_argument():
    from xtrace.frontends.stap.print_common import star_width
    assert star_width("%*d") and star_width("%-*s") and star_width("%.*s") and star_width("%@*d")
    assert not star_width("* * * %d *") and not star_width("100%% * done")


# the twenty-fourth sample's left item: FlameGraph's gatherhc-kern.d samples
# `profile-999 /arg0/` (kernel code); its user-mode twin tests arg1
PROFILE = ('#pragma D option quiet\n'
           'profile-997 /arg0/ { @k[execname] = count(); }\n'
           'profile-997 /arg1 && pid != 0/ { @u[execname] = count(); }\n'
           'tick-1s { exit(0); }\n')


def test_profile_pc_tests_are_user_mode_tests_in_stap():
    stp = translated(PROFILE, "stap", "d")
    assert "    if (user_mode()) next\n    k[execname()] <<< 1" in stp
    assert "    if (!user_mode() || pid() == 0) next\n    u[execname()] <<< 1" in stp
    assert "addr()" not in stp


def test_a_profile_pc_as_a_value_keeps_its_spelling():
    stp = translated('profile-997 { @[arg0 == 0 ? "user" : "kernel"] = count(); }\n'
                     'tick-1s { exit(0); }\n', "stap", "d")
    assert "user_mode() ? 0 : addr()" in stp


def test_user_mode_tests_are_profile_pc_tests_in_d():
    d = translated('global k, u\n'
                   'probe timer.profile { if (user_mode()) next; k[execname()]++ }\n'
                   'probe timer.profile { if (!user_mode()) next; u[execname()]++ }\n'
                   'probe timer.s(1) { exit() }\n', "d")
    assert "profile:::profile-4ms\n/arg0/\n{\n    @k[execname] = count();" in d
    assert "profile:::profile-4ms\n/arg1/\n{\n    @u[execname] = count();" in d


def test_user_mode_elsewhere_than_a_timer_is_left_alone():
    with pytest.raises(XtraceError, match="function 'user_mode' has no D equivalent"):
        translated('probe syscall.read { if (user_mode()) printf("u\\n") }\n'
                   'probe timer.s(1) { exit() }\n', "d")


def test_profile_pc_compared_with_zero_is_a_user_mode_test():
    # conformance/d/profile_args.d's `arg1 != 0` and `arg0 != 0`
    stp = translated('profile-997 /arg1 != 0/ { u = 1; }\n'
                     'profile-997 /arg0 == 0/ { z = 1; }\n'
                     'tick-1s { printf("%d %d\\n", u, z); exit(0); }\n', "stap", "d")
    assert "    if (!user_mode()) next\n    u = 1" in stp
    assert "    if (!user_mode()) next\n    z = 1" in stp


def test_a_repeated_mode_test_is_said_once():
    stp = translated('profile-997 /arg0 != 0 && arg1 == 0/ { k = 1; }\n'
                     'tick-1s { printf("%d\\n", k); exit(0); }\n', "stap", "d")
    assert "    if (user_mode()) next\n    k = 1" in stp
    assert "/arg0/" in translated(stp, "d")
