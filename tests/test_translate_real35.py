"""The thirty-fifth real-script sample's fixes (docs/translate-real-scripts.md).

1. tcp.stp's tcp.receive (tcp.ipv4.receive, tcp.ipv6.receive) reads the packet's
   headers through their types, as tcp.stp does: the ports by ntohs() of struct
   tcphdr's source and dest, each flag its one-bit member, the addresses
   format_ipaddr() of struct iphdr's (ipv6hdr's) members. xtrace's alias read them
   byte by byte with kernel_char() and sprintf() helpers, which no D or Vue port
   can say, so cwang9208/SystemTap's tcpdumplike.stp was refused in D ("the tapset
   variable 'sport' of this probe has no D equivalent"). Its D port is now
   `fbt::tcp_v4_rcv:entry` reading `((struct tcphdr *)(...))->syn` and
   `inet_ntop(AF_INET, &((struct iphdr *)(...))->saddr)`; the IPv6 side's
   `format_ipaddr(&member, 10)` is `inet_ntop(AF_INET6, &member)`
   (frontends/sockaddr_port.py). Proven in the VM by conformance/stap/
   tapset_tcp_receive and its D port under --matrix.
2. realrun given `dir/*` (the sample's directory, whose NAME.args files hold a
   script's arguments beside it) ended in a traceback (KeyError: '.args'): a glob
   now yields its scripts only, and a file named that is no script is refused
   saying so (conformance/realrun.py).
3. The Vue refusal of a probe on a tapset alias over a kernel function, whose
   variables the alias computes with tapset functions (tcpdumplike.stp's
   udp.recvmsg and tcp.receive), names the kernel function Vue cannot probe, as
   it does when the probe reads no such variable; it said "the tapset variable
   'saddr' of this probe has no Vue equivalent (its alias computes it with a stap
   tapset function)", which fix 1 made untrue of D and which no Vue port could
   write around anyway (frontends/vue/printer.py).
4. The stap port of a D script printing an aggregation keyed by stack() or ustack()
   walks each row's frames in a loop, some hundreds of statements a row, where
   stap stops a probe past MAXACTION (1000) statements: gmarler/DTrace-UStackResolve's
   profile_pid.d's port failed at its first tick-1sec ("MAXACTION exceeded"). The
   port now says `# ...: run with stap -DMAXACTION=N` atop it (100000 on real35;
   sized from the rows and frames since branch stapnet)
   (frontends/stap/printer.py), and the matrix and realrun run it so: the notes'
   -D options go to the port's .opts (conformance/matrix.run_note_opts, which took
   MAXSTRINGLEN only).
"""

from __future__ import annotations

import pytest

from xtrace.conformance import realrun
from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated, unwrapped

# cwang9208/SystemTap's README, its tcpdumplike.stp's tcp probe
TCPDUMPLIKE = ('probe tcp.receive {\n'
               '  printf(" %15s %15s  %5d  %5d  %d  %d  %d  %d  %d  %d\\n",\n'
               '         saddr, daddr, sport, dport, urg, ack, psh, rst, syn, fin)\n'
               '}\n')


def test_tcp_receive_reads_the_headers_by_their_members():
    prog = stap.parse(TCPDUMPLIKE, "t.stp")
    nodes = [x for p in prog.probes for x in ir.walk(p.body)]
    calls = {x.name for x in nodes if isinstance(x, ir.FuncCall)}
    members = {x.path[-1] for x in nodes if isinstance(x, ir.KernelMember)}
    assert "__xt_be16" not in calls and "kernel_char" not in calls
    assert {"source", "dest", "urg", "ack", "psh", "rst", "syn", "fin", "saddr", "daddr"} <= members


def test_tcpdumplike_translates_to_d_with_the_tcphdr_members():
    # (each header's pointer set once in a clause-local since branch stapnet:
    # frontends/d/headerptrs.py)
    d = unwrapped(translated(TCPDUMPLIKE, "d"))
    assert "fbt::tcp_v4_rcv:entry" in d and "fbt::tcp_v6_rcv:entry" in d
    assert "this->th = (struct tcphdr *)(args[0]->head + args[0]->transport_header);" in d
    assert "this->iph = (struct iphdr *)(args[0]->head + args[0]->network_header);" in d
    assert "this->ip6h = (struct ipv6hdr *)(args[0]->head + args[0]->network_header);" in d
    for flag in ("urg", "ack", "psh", "rst", "syn", "fin"):
        assert f"this->{flag} = this->th->{flag};" in d
    assert "this->sport = ntohs(this->th->source);" in d
    assert "this->saddr = inet_ntop(AF_INET, &this->iph->saddr);" in d


def test_tcp_receive_protocol_is_the_headers_member():
    d = unwrapped(translated('probe tcp.ipv4.receive { printf("%d\\n", protocol) }\n', "d"))
    assert "((struct iphdr *)(args[0]->head + args[0]->network_header))->protocol" in d
    d6 = unwrapped(translated('probe tcp.ipv6.receive { printf("%d %s\\n", protocol, saddr) }\n', "d"))
    # (the header read twice, nexthdr and saddr: through its pointer, set once)
    assert "this->ip6h = (struct ipv6hdr *)(args[0]->head + args[0]->network_header);" in d6
    assert "this->ip6h->nexthdr" in d6


def test_realrun_glob_takes_the_scripts_beside_their_args(tmp_path):
    for name in ("a.d", "a.args", "b.stp", "notes.txt"):
        (tmp_path / name).write_text("")
    assert [f.name for f in realrun.script_files([str(tmp_path / "*")])] == ["a.d", "b.stp"]


def test_realrun_refuses_a_named_file_that_is_no_script(tmp_path, capsys):
    args = tmp_path / "a.args"
    args.write_text("1\n")
    with pytest.raises(SystemExit) as ex:
        realrun.main([str(args)])
    assert ex.value.code == 2
    assert f"{args}: not a script" in capsys.readouterr().err


@pytest.mark.parametrize("probe, func", [("tcp.receive", "tcp_v4_rcv"),
                                         ("udp.recvmsg", "udp_recvmsg")])
def test_vue_refuses_the_kernel_function_of_an_alias_with_tapset_variables(probe, func):
    with pytest.raises(XtraceError) as ex:
        translate_text(f'probe {probe} {{ printf("%s %d\\n", saddr, dport) }}\n', "t.stp", "stap", "vue")
    assert ex.value.message.startswith(f"kernel function probes ('{func}') cannot be expressed in Vue")


def test_vue_still_refuses_the_scripts_own_function_first():
    # (wh_pagefault.stp's vm_fault_str(): returns inside an if chain, so it stays a function)
    text = ('function f(x) {\n  if (x > 5)\n    return "big";\n  else if (x > 2)\n'
            '    return "mid";\n  return "small";\n}\n'
            'probe tcp.receive { printf("%s %s\\n", saddr, f(dport)) }\n')
    with pytest.raises(XtraceError) as ex:
        translate_text(text, "t.stp", "stap", "vue")
    assert ex.value.message.startswith("Vue has no user-defined functions; function 'f'")


# gmarler/DTrace-UStackResolve's profile_pid.d, rendered (__PIDLIST__: pid == $target)
PROFILE = ('#pragma D option quiet\n'
           'profile-297Hz\n/ pid == $target /\n{\n  @s[pid,tid,stack(),ustack()] = count();\n}\n'
           'tick-1sec\n{\n  printa("PID:%-5d %-3d %k %k %@12u\\n",@s);\n  trunc(@s);\n}\n')


def test_stack_keyed_printa_port_asks_for_maxaction(tmp_path):
    from xtrace.conformance.matrix import run_note_opts
    stp = translated(PROFILE, "stap", "d")
    # (sized since branch stapnet, frontends/stap/print_maxaction.py: 2048 rows of a
    # kernel and a user stack, 20 frames each, printed in a timer probe)
    assert "# that in an end probe): run with stap -DMAXACTION=612000\n" in stp
    run_note_opts(stp, tmp_path / "p.stp")
    assert (tmp_path / "p.opts").read_text().split() == ["-D", "MAXACTION=612000"]


def test_stack_keyed_dump_at_end_asks_for_maxaction_too():
    stp = translated("profile-97 { @[stack()] = count(); }\n", "stap", "d")
    assert "-DMAXACTION=45000" in stp  # (2048 rows of 20 frames, in an end probe)


def test_no_maxaction_note_without_stack_keys(tmp_path):
    from xtrace.conformance.matrix import run_note_opts
    stp = translated("syscall::read:entry { @[execname] = count(); stack(); }\n", "stap", "d")
    assert "MAXACTION" not in stp
    run_note_opts(stp, tmp_path / "p.stp")
    assert not (tmp_path / "p.opts").exists()


def test_run_notes_keep_the_opts_already_set(tmp_path):
    from xtrace.conformance.matrix import run_note_opts
    (tmp_path / "p.opts").write_text("-D MAXACTION=5000\n")
    run_note_opts("# D's strsize=256: run with stap -DMAXSTRINGLEN=257\n"
                 "# statements a probe (MAXACTION): run with stap -DMAXACTION=100000\n",
                 tmp_path / "p.stp")
    assert (tmp_path / "p.opts").read_text().split() == ["-D", "MAXACTION=5000", "-D",
                                                        "MAXSTRINGLEN=257"]
