"""Small translate defects left by earlier work (issue 7: ports compile, comments stay
where they sit).

1. A `__thread String` no clause stores a string in is a string: the Vue frontend
   typed it by its uses, an integer, so a forced stap -> Vue port whose only store
   of a thread-keyed array was a gap (errsnoop.stp: `trace[tid()] = argstr` on
   syscall.*) did not read back ("type mismatch for 'argstr': int64 vs string").
2. A D port's named comment line (`/* @reads: ... */`, `/* self->asked: ... */`,
   frontends/global_notes.py), said of a global the port declares nowhere, reads
   back as that global's comment (frontends/d/named_notes.py), not the next
   clause's or the file's opening comment: stap -> D -> stap keeps it beside the
   global.
3. A stap port of D's udp provider reads udps_laddr and udps_raddr, the same
   expressions as ip_saddr and ip_daddr (swapped at a receive), through the locals
   those have (frontends/stap/print_memberlocal.py compares the reads' IR, not the
   members' names); the way back to D (ir/memberlocals.py) still writes each read out.
"""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.analysis import analyze
from xtrace.ir.headerlocals import header_locals_inlined
from xtrace.ir.memberlocals import member_locals_inlined
from xtrace.ir.types import STRING

from translating import port, stap_probe

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def _forced(src: str, name: str, to: str) -> str:
    """The forced port, which must parse and pass analysis in its language."""
    text = translate_text(src, name, frontends.lang_for(name), to, gaps=Gaps(force=True))
    analyze(frontends.parse(text, "port" + EXT[to], to), _translation_target())
    return text


# errsnoop.stp's shape: the entry's argstr is a gap in Vue (every syscall), so the
# thread-keyed array's only store is left out; the return probe's own local argstr
# reads it back
ERRSNOOP = """\
global trace
probe syscall.* { trace[tid()] = argstr }
probe syscall.*.return {
	if (retval < 0) {
		argstr = trace[tid()]
		delete trace[tid()]
		printf("%s %s\\n", name, argstr)
	}
}
"""


def test_a_forced_vue_port_whose_thread_string_is_never_stored_compiles():
    text = _forced(ERRSNOOP, "e.stp", "vue")
    assert "__thread String trace[128];" in text
    # the script's own local keeps its name: it is no built-in at a return probe
    assert "__auto String argstr[128];" in text and "argstr = trace;" in text


def test_a_declared_thread_string_is_a_string_without_a_store():
    src = "__thread String s[64];\n@@syscall:*:read:exit\n{\n    printf(\"%s\\n\", s);\n}\n"
    prog = frontends.parse(src, "t.e", "vue")
    assert prog.options["thread_types"] == {"s": STRING}
    analyze(prog, _translation_target())
    # and it still reads back to stap as a string array keyed by tid()
    assert 'log(s[tid()])' in translate_text(src, "t.e", "vue", "stap")


# a statistic and a scalar: the D port declares the scalar (its comment beside it) and
# says the aggregation's on a named line above the first clause
STAT = """\
global reads  # bytes read, per process
global started  # when the run began

probe begin { started = gettimeofday_s() }

probe syscall.read { reads[execname()] <<< $count }

probe end { foreach (n in reads) printf("%s %d\\n", n, @sum(reads[n])) }
"""


def test_an_aggregations_named_comment_line_reads_back_as_its_comment():
    d = port(STAT, "stap", "d")
    assert "/* @reads: bytes read, per process */" in d
    prog = frontends.parse(d, "back.d", "d")
    assert {g.name: g.comment for g in prog.globals}["reads"] == "bytes read, per process"
    assert not any("@reads" in c for p in prog.probes for c in p.comments)
    back = port(d, "d", "stap")
    assert "global reads  # bytes read, per process" in back
    assert "global started  # when the run began" in back
    assert back.count("bytes read") == 1, back


# a statistic and a thread-keyed array, neither declared in D: the named lines come
# first in the file, where D reads comments as the file's opening comment
THREAD = """\
global asked  # when this thread asked
global waits  # how long each wait took

probe syscall.nanosleep { asked[tid()] = gettimeofday_us() }

probe syscall.nanosleep.return {
\tif (tid() in asked) {
\t\twaits <<< gettimeofday_us() - asked[tid()]
\t\tdelete asked[tid()]
\t}
}
"""


def test_named_lines_of_a_thread_local_and_split_statistic_read_back_as_theirs():
    d = port(THREAD, "stap", "d")
    assert "/* self->asked: when this thread asked */" in d
    assert "@waits_count, @waits_min, @waits_max, @waits_sum, @waits_avg:" in d
    prog = frontends.parse(d, "back.d", "d")
    assert "header_comments" not in prog.options
    assert prog.options["thread_comments"] == {"asked": "when this thread asked"}
    back = port(d, "d", "stap")
    assert back.startswith("global asked  # when this thread asked\n"
                           "global waits  # how long each wait took\n"), back
    assert back.count("when this thread asked") == 1 and back.count("how long") == 1, back
    # and into Vue, beside the declarations Vue has
    vue = port(d, "d", "vue")
    assert "__thread probev_timestamp_t asked;  /* when this thread asked */" in vue
    assert "__list waits;  /* how long each wait took */" in vue


def test_a_comment_naming_no_variable_of_the_script_stays_the_clauses():
    d = "/* @nothing: not a variable here */\nBEGIN\n{\n    @n = count();\n}\n"
    prog = frontends.parse(d, "t.d", "d")
    assert prog.probes[0].comments == ["@nothing: not a variable here"]
    # one that names a variable the script uses is that variable's
    prog = frontends.parse(d.replace("@nothing", "@n"), "t.d", "d")
    assert prog.probes[0].comments == [] and prog.globals[0].comment == "not a variable here"


UDP = """#pragma D option quiet
udp:::send, udp:::receive
{
	printf("%s %s:%d -> %s:%d local %s:%d remote %s:%d\\n", probename,
	    args[2]->ip_saddr, args[4]->udp_sport, args[2]->ip_daddr, args[4]->udp_dport,
	    args[3]->udps_laddr, args[3]->udps_lport, args[3]->udps_raddr, args[3]->udps_rport);
}
"""


def test_udps_addresses_read_the_ip_address_locals_in_a_stap_port(monkeypatch):
    out = port(UDP, "d", "stap")
    send = stap_probe(out, 'kernel.function("ip_send_skb")')
    receive = stap_probe(out, 'kernel.function("udp_queue_rcv_skb")')
    for probe in (send, receive):
        assert "udps_laddr" not in probe and "udps_raddr" not in probe, probe
        assert probe.count("ip_saddr = ") == 1 and probe.count("ip_daddr = ") == 1, probe
        assert probe.count("dtrace_inet_ntop(") == 4, probe  # (was 8: each address twice)
    # sent: the local end is the source; received: the destination
    args = "ip_saddr, udp_sport, ip_daddr, udp_dport, {})"
    assert args.format("ip_saddr, udp_sport, ip_daddr, udp_dport") in " ".join(send.split()), send
    assert args.format("ip_daddr, udp_dport, ip_saddr, udp_sport") in " ".join(receive.split()), receive
    # the way back writes each read where the printf reads it: the port without the
    # locals
    from xtrace.frontends.stap import printer as stap_printer
    with monkeypatch.context() as m:
        m.setattr(stap_printer, "member_reads_as_locals", lambda prog: prog)
        plain = port(UDP, "d", "stap")
    assert "ip_saddr = " not in plain  # (the monkeypatch did take the locals away)
    # (as tests/test_translate_netlocals.py: the stap IR of the two, locals inlined, is one)
    a, b = (member_locals_inlined(header_locals_inlined(frontends.parse(t, "p.stp", "stap", port=True)))
            for t in (out, plain))
    assert a.probes == b.probes



def test_a_forced_d_port_names_no_comment_of_a_variable_it_left_out():
    """(errsnoop.stp's forced D port wrote `/* @error, self->trace: ... */` though every
    update of @error was a gap: the named line spoke of a variable the port has not.)"""
    from xtrace.frontends.gaps import Gaps
    from xtrace.driver.translate import translate_text
    src = ("global seen, kept  # both counted per pid\n"
           "probe syscall.read { seen[usrdev2kerndev($fd)] <<< 1; kept[pid()]++ }\n"
           'probe end { foreach (k in seen) printf("%d %d\\n", k, @count(seen[k])); '
           'printf("%d\\n", kept[1]) }\n')
    text = translate_text(src, "n.stp", "stap", "d", gaps=Gaps(force=True))
    assert "@seen" not in text.replace("xtrace --force", "").split("syscall::read:entry")[0], text
    assert "int64_t kept[int];  /* both counted per pid */" in text


def test_a_vue_thread_variable_s_own_comment_stays_with_it():
    """(leftovers' "not done": the Vue frontend read globals' comments, not a
    `__thread` declaration's, which went to the next clause.)"""
    from xtrace.driver.translate import translate_text
    src = ("__thread long long ts;  /* when this thread asked */\n\n"
           "@@syscall:*:read:entry\n{\n    ts = timestamp();\n}\n\n"
           "@@syscall:*:read:exit\nwhen (ts != 0)\n{\n"
           '    printf("%d\\n", diff_time(ts, timestamp(), MICROSECONDS));\n    ts = 0;\n}\n')
    d = translate_text(src, "t.e", "vue", "d")
    assert "/* self->ts: when this thread asked */" in d
    assert d.count("when this thread asked") == 1
    stp = translate_text(src, "t.e", "vue", "stap")
    assert "global ts  # when this thread asked" in stp and stp.count("when this thread asked") == 1
    vue = translate_text(src, "t.e", "vue", "vue")
    assert "ts;  /* when this thread asked */" in vue and vue.count("when this thread asked") == 1
