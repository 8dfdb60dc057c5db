"""The thirty-sixth real-script sample's fixes (branch real8, 2026-12-07;
docs/translate-real-scripts.md, "Thirty-sixth sample").

1. myaut/dtrace-stap-book's deblock.stp calls ioblock.stp's bio_rw_num() and
   compares it with BIO_WRITE in an ioblock.request probe, then prints dev.stp's
   bdevname() of each block device: `xtrace stap -p2` refused it ("unresolved
   function 'bio_rw_num'", then 'bdevname'), where stap resolves both from its
   tapsets. bio_rw_num(rw) is `rw & 1` (the tapset's `rw & BIO_WRITE`), BIO_READ
   and BIO_WRITE are there wherever a script names them, and bdevname() is the
   tapset's reader of the device's name, which a D port writes as it writes the
   vfs and ioblock aliases' devname (frontends/bdevname_port.py). Proven in the VM
   by conformance/stap/tapset_bdevname_rw_num and its D port under --matrix.
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import stap
from xtrace.ir.loc import XtraceError
from translating import translated, unwrapped

# the conformance case's probe (deblock.stp's reads, at vfs_write)
DEBLOCK_LIKE = ('probe kernel.function("vfs_write") {\n'
                '    sb = @cast($file, "file")->f_path->mnt->mnt_sb\n'
                '    printf("%s %d %d\\n", bdevname(@cast(sb, "super_block")->s_bdev),\n'
                '           bio_rw_num(1) == BIO_WRITE, bio_rw_num(0))\n'
                '}\n')


def test_deblock_calls_resolve_in_stap():
    prog = stap.parse(DEBLOCK_LIKE, "t.stp")
    assert {"bdevname", "bio_rw_num"} <= {f.name for f in prog.functions}


def test_a_script_defining_bdevname_keeps_its_own():
    text = ('function bdevname:string(b:long) { return "mine" }\n'
            'probe begin { printf("%s\\n", bdevname(0)); exit() }\n')
    prog = stap.parse(text, "t.stp")
    mine = [f for f in prog.functions if f.name == "bdevname"]
    assert len(mine) == 1 and mine[0].loc.file == "t.stp"
    assert 'printf("mine\\n")' in translated(text, "d")


def test_bdevname_and_bio_rw_num_in_d():
    d = unwrapped(translated(DEBLOCK_LIKE, "d"))
    assert "->s_bdev->bd_device.kobj.name)" in d and ': "N/A"' in d
    assert "(1 & 1) == BIO_WRITE" in d and "0 & 1" in d
    assert "BIO_WRITE = 1;" in d
    assert "bdevname" not in d


def test_bdevname_in_vue_is_refused_at_the_call():
    with pytest.raises(XtraceError) as ex:
        translate_text(DEBLOCK_LIKE, "t.stp", "stap", "vue")
    assert "bdevname() has no Vue equivalent" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (3, 26)


# myaut/dtrace-stap-book's kmemstat.stp (its loop over one array's keys printing both)
KMEMSTAT = ('global allocs, frees\n'
            'probe kernel.function("kmem_cache_alloc") { allocs[execname()] <<< 1 }\n'
            'probe kernel.function("kmem_cache_free") { frees[execname()] <<< 1 }\n'
            'probe timer.s(1) {\n'
            '    foreach ([c] in allocs)\n'
            '        printf("%8u %8u %s\\n", @count(allocs[c]), @count(frees[c]), c)\n'
            '    delete allocs; delete frees\n'
            '}\n')


def test_a_loop_over_one_arrays_keys_printing_another_says_why_printa_differs():
    # 2. (it said only "D has no loops ... (only printing every element of an
    # aggregation, with printa)")
    with pytest.raises(XtraceError) as ex:
        translate_text(KMEMSTAT, "t.stp", "stap", "d")
    msg = ex.value.message
    assert "printa(fmt, @allocs, @frees) joins them on their keys" in msg
    assert "prints the keys only 'frees' has as well" in msg
    assert "nearest: that printa" in msg
    assert (ex.value.loc.line, ex.value.loc.col) == (5, 5)


def test_exit_status_refusal_names_stap_error_as_nearest():
    # 3. networkwho.d's usage check
    text = 'BEGIN\n/$1 == 0/\n{\n    printf("USAGE: x PID\\n");\n    exit(1);\n}\n'
    with pytest.raises(XtraceError) as ex:
        translate_text(text, "t.d", "d", "stap")
    assert "nearest: error(MSG)" in ex.value.message and "status 1" in ex.value.message


@pytest.mark.parametrize("name, near", [("interrupt-start", "sdt:irq::irq_handler_entry"),
                                        ("interrupt-complete", "sdt:irq::irq_handler_exit"),
                                        ("callout-start", None)])
def test_solaris_sdt_probe_names_the_nearest_linux_tracepoint(name, near):
    # 4. the DTraceToolkit's inttimes.d (it said "invalid tracepoint description
    # 'sdt:::interrupt-start': expected sdt:SUBSYSTEM::EVENT")
    from xtrace import frontends
    with pytest.raises(XtraceError) as ex:
        frontends.parse(f"sdt:::{name}\n{{\n    self->ts = vtimestamp;\n}}\n", "t.d", "d")
    msg = ex.value.message
    assert msg.startswith(f"Solaris's sdt probe 'sdt:::{name}' names no Linux tracepoint")
    assert (f"nearest: {near}" in msg) if near else ("nearest" not in msg)
    assert (ex.value.loc.line, ex.value.loc.col) == (1, 1)


def test_a_member_a_translated_struct_lacks_names_the_closest():
    # 5. the DTraceToolkit's FreeBSD spasync.d (`args[0]->bio_bcount`, FreeBSD's
    # struct bio, where bufinfo_t has b_bcount)
    from xtrace import frontends
    with pytest.raises(XtraceError) as ex:
        frontends.parse("io:::start\n{\n    @b = sum(args[0]->bio_bcount);\n}\n", "t.d", "d")
    assert ex.value.message == "bio_bcount is not a member of bufinfo_t; nearest: b_bcount"
    with pytest.raises(XtraceError) as ex:
        frontends.parse("io:::start\n{\n    @b = sum(args[0]->zzz);\n}\n", "t.d", "d")
    assert ex.value.message == "zzz is not a member of bufinfo_t"


# the DTrace book's tcp_rwndclosed.d, its END (avg, stddev and count printed joined)
RWNDCLOSED_END = ('tcp:::receive\n{\n'
                  '    @mean[args[2]->ip_saddr, args[4]->tcp_sport] = avg(timestamp);\n'
                  '    @sd[args[2]->ip_saddr, args[4]->tcp_sport] = stddev(timestamp);\n'
                  '    @num[args[2]->ip_saddr, args[4]->tcp_sport] = count();\n}\n'
                  'END\n{\n    printa("%-20s %-8d %@-25d %@-8d %@-8d\\n", @mean, @sd, @num);\n}\n')


def test_joined_printa_with_a_stddev_in_stap():
    # 6. (it said "this use of D's stddev() aggregation 'sd' cannot be expressed in stap")
    stp = unwrapped(translated(RWNDCLOSED_END, "stap", lang="d"))
    assert "global sd_sumsq" in stp and "] += value * value" in stp
    assert ("[ip_saddr, tcp_sport] in sd ? dtrace_stddev(@count(sd[ip_saddr, tcp_sport]), "
            "@sum(sd[ip_saddr, tcp_sport]), sd_sumsq[ip_saddr, tcp_sport]) : 0") in stp
    assert "[ip_saddr, tcp_sport] in mean ? @avg(mean[ip_saddr, tcp_sport]) : 0" in stp


def test_joined_printa_sorted_by_a_stddev_in_stap():
    text = RWNDCLOSED_END.replace("@mean, @sd, @num", "@sd, @mean, @num")
    stp = unwrapped(translated(text, "stap", lang="d"))
    assert ("printa_rows[ip_saddr, tcp_sport] = dtrace_stddev(@count(sd[ip_saddr, tcp_sport]), "
            "@sum(sd[ip_saddr, tcp_sport]), sd_sumsq[ip_saddr, tcp_sport])") in stp
