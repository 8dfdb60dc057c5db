"""stap's netfilter probes and guru-mode (-g) writes: points, context variables, the
-g checks, printing back and the C they make. Their kernel behaviour is in
conformance/stap/netfilter_*.stp and guru_*.stp (run in the sandbox)."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.targets import choose_target
from xtrace.driver.translate import _translation_target
from xtrace.frontends.stap import parse, print_program
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError


def points(src: str, guru: bool = False) -> list[tuple]:
    return [(pp.kind, pp.name, pp.pf, pp.priority)
            for pp in parse(src, "t.stp", guru=guru).probes[0].points]


@pytest.fixture(scope="module")
def kernel():
    """The default target with its kernel's symbols (kernel.function points resolve)."""
    return choose_target("auto", None, None).kernel_target(True)


def c_source(src: str, guru: bool = False, target=None) -> str:
    return generate(analyze(parse(src, "t.stp", guru=guru),
                            target or _translation_target())).c_source


def test_netfilter_point_forms() -> None:
    src = ('probe netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4"), '
           'netfilter.pf("NFPROTO_IPV6").hook("NF_IP6_LOCAL_OUT").priority("NF_IP6_PRI_FILTER"), '
           'netfilter.hook("NF_ARP_OUT").pf("NFPROTO_ARP").priority("-7"), '
           'netfilter.hook("4").pf("2").priority("NF_IP_PRI_FIRST") { }')
    assert points(src) == [("netfilter", "0", "2", "0"), ("netfilter", "3", "10", "0"),
                           ("netfilter", "1", "3", "-7"), ("netfilter", "4", "2", str(-(1 << 31)))]


def test_guru_passes_constant_names_to_the_compiler() -> None:
    # stap's semok/netfilter01: -g lets names stap does not know through
    src = 'probe netfilter.hook("NF_INET_WARP_10").pf("INTERGALACTIC_IPV3000") { }'
    assert points(src, guru=True) == [("netfilter", "NF_INET_WARP_10", "INTERGALACTIC_IPV3000", "0")]
    c = c_source(src, guru=True)
    assert ".pf = INTERGALACTIC_IPV3000, .hooknum = NF_INET_WARP_10, .priority = (0)" in c


@pytest.mark.parametrize("src, msg", [
    ('probe netfilter.hook("NF_INET_WARP_10").pf("NFPROTO_IPV4") { }',
     'unsupported netfilter hook "NF_INET_WARP_10" for protocol family "NFPROTO_IPV4"; need stap -g'),
    ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV3") { }',
     'unsupported netfilter protocol family "NFPROTO_IPV3"; need stap -g'),
    ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("high") { }',
     'unsupported netfilter priority "high"'),
    ('probe netfilter.hook("NF_INET_LOCAL_IN") { }', "not supported"),
])
def test_netfilter_point_errors(src: str, msg: str) -> None:
    with pytest.raises(XtraceError) as e:
        parse(src, "t.stp")
    assert msg in str(e.value)
    assert (e.value.loc.line, e.value.loc.col) == (1, 7)


def test_guru_never_lets_c_through() -> None:
    with pytest.raises(XtraceError) as e:
        parse('probe netfilter.hook("0; evil()").pf("2") { }', "t.stp", guru=True)
    assert "neither a number nor a C identifier" in str(e.value)


def test_context_variables_and_verdict() -> None:
    src = ('probe netfilter.hook("NF_INET_LOCAL_OUT").pf("NFPROTO_IPV4") {\n'
           '  printf("%d %d %s %s %d %d\\n", $hooknum, $skb->len, $indev_name, $outdev_name, '
           '$verdict, $outdev)\n  $verdict = 0\n}\n')
    body = parse(src, "t.stp", guru=True).probes[0].body.stmts
    assign = body[1].expr
    assert isinstance(assign, ir.Assign) and assign.target == ir.Builtin("nf_verdict")
    c = c_source(src, guru=True)
    assert "nf_register_net_hook(&init_net, &xt_nfo_0)" in c
    assert "nf_unregister_net_hook(&init_net, &xt_nfo_0)" in c
    assert "c->nf_verdict = (int)v_" in c
    assert "->len" in c and "xt_nf_devname(c->nf_state ? c->nf_state->out" in c


@pytest.mark.parametrize("src, msg, col", [
    ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") {\n  $verdict = 0\n}',
     "write to netfilter verdict requires guru mode; need stap -g", 3),
    ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") {\n  $skb = 0\n}',
     "write to netfilter parameter not permitted", 3),
    ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") {\n  println($nosuch)\n}',
     "unsupported context variable $nosuch", 11),
    ('probe kernel.function("ksys_lseek") {\n  $offset = 0\n}',
     "write to target variable not permitted; need stap -g", 3),
    ('probe kernel.function("ksys_lseek").return {\n  $return = 0\n}',
     "write to target variable not permitted; need stap -g", 3),
    ('probe begin {\n  set_kernel_long(0, 0)\n}', "need stap -g", 3),
])
def test_writes_need_guru(src: str, msg: str, col: int) -> None:
    with pytest.raises(XtraceError) as e:
        analyze(parse(src, "t.stp"), _translation_target())
    assert msg in str(e.value)
    assert (e.value.loc.line, e.value.loc.col) == (2, col)


@pytest.mark.parametrize("src, msg", [
    ('probe kernel.function("ksys_lseek").return {\n  $offset = 0\n}', "entry probes"),
    ('probe timer.s(1) {\n  $return = 0\n}', ".return probes"),
    ('probe kernel.function("ksys_lseek") {\n  $return = 0\n}', ".return probes"),
    ('probe kernel.function("shmem_file_llseek") {\n  $file->f_path->dentry->d_iname = 0\n}', "scalar"),
    ('probe kernel.function("ksys_lseek") {\n  $offset = "x"\n}', "only be assigned a number"),
])
def test_guru_write_errors(src: str, msg: str, kernel) -> None:
    with pytest.raises(XtraceError) as e:
        analyze(parse(src, "t.stp", guru=True), kernel)
    assert msg in str(e.value)


def test_guru_writes_are_nofault_stores(kernel) -> None:
    c = c_source('probe kernel.function("shmem_file_llseek") {\n'
                 '  $offset = 2\n  $file->f_pos = 5\n  set_kernel_int(&$file->f_pos, 6)\n'
                 '  set_kernel_string_n(&$file->f_pos, 3, "ab")\n}\n'
                 'probe kernel.function("ksys_lseek").return { $return += 1 }\n'
                 'probe syscall.fsync { $fd = -1 }\n', guru=True, target=kernel)
    assert '#include "xt_guru.h"' in c
    assert "xt_set_kernel_argument(c->regs, 1, v_)" in c
    assert "xt_set_syscall_argument(c->regs, 0, v_)" in c
    assert "regs_set_return_value(c->regs" in c
    assert c.count("xt_copy_to_kernel_nofault(") == 3
    assert "f_pos = " not in c  # never a plain store


def test_netfilter_tapset_aliases() -> None:
    prog = parse('probe netfilter.ip.local_in { printf("%s %s %d\\n", pf, saddr, dport) }', "t.stp")
    assert sorted((pp.name, pp.pf) for p in prog.probes for pp in p.points) == [("1", "10"), ("1", "2")]


def test_printed_back() -> None:
    src = ('probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("-5") {\n'
           '    $verdict = 0\n}\n')
    out = print_program(parse(src, "t.stp", guru=True))
    assert 'probe netfilter.hook("1").pf("2").priority("-5")' in out
    assert "$verdict = 0" in out
    again = parse(out, "t.stp", guru=True)
    assert [(pp.name, pp.pf, pp.priority) for pp in again.probes[0].points] == [("1", "2", "-5")]
