"""The words of a run-time fault, without a kernel: modules are generated from
small scripts and their error records decoded as the module writes them
(runtime/xt_core.h xt_fail_at). Expected texts are written by hand from the
tools' formats: DTrace's `dtrace: error on enabled probe ID 3 (ID 85:
syscall::chdir:entry): invalid address (0x0) in predicate at DIF offset 28`
(xtrace names FILE:LINE:COL where DTrace names a DIF offset), stap's tapsets'
`user string copy fault -14 at 0000000000000000 [man error::fault]` (the errno,
then the address as the kernel's %p writes it) and `kernel string copy fault at
0x1 [man error::fault]`, and loc2c's `read fault [man error::fault] at 0x...`."""

from __future__ import annotations

import io
import re
import struct

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.ir.analysis import analyze
from xtrace.runtime.faultwords import d_where, stap_addr_words
from xtrace.runtime.stream import REC_ERROR, StreamDecoder

E_DIVZERO, E_FAULT = 1, 4


def _module(src: str, name: str, lang: str):
    return generate(analyze(frontends.parse(src, name, lang), _translation_target()))


def _record(site: int, code: int, addr: int | None) -> bytes:
    payload = struct.pack("<II", code, 0) + (b"" if addr is None else struct.pack("<Q", addr))
    return struct.pack("<IHHQ", 16 + len(payload), REC_ERROR, site, 0) + payload


def _line(manifest: dict, site: int, code: int, addr: int | None = None) -> str:
    err = io.StringIO()
    StreamDecoder(manifest, io.StringIO(), err).feed(_record(site, code, addr))
    return err.getvalue()


def _site(manifest: dict, what: str, line: int) -> int:
    """The one site of `what` on script line `line`."""
    found = [i for i, s in enumerate(manifest["sites"]) if s["what"] == what and s["line"] == line]
    assert len(found) == 1, manifest["sites"]
    return found[0]


D_SCRIPT = """syscall::chdir:entry
/copyinstr(arg0) != "/" && 6 / arg1 == 1/
{
	this->s = copyinstr(arg0);
	x = 10 / arg1;
}

syscall::chdir:entry
{
	y = 10 / arg1;
}
"""


def test_d_a_fault_in_the_predicate_is_in_predicate_with_its_address():
    m = _module(D_SCRIPT, "p.d", "d").manifest
    site = _site(m, "identifier 'user_string'", 2)
    chdir = m["probe_ids"]["chdir:entry"]
    assert _line(m, site, E_FAULT, 0) == (
        f"dtrace: error on enabled probe ID 1 (ID {chdir}: syscall:vmlinux:chdir:entry): "
        "invalid address (0x0) in predicate at p.d:2:2\n")
    div = _site(m, "operator '/'", 2)
    assert _line(m, div, E_DIVZERO).endswith(": divide-by-zero in predicate at p.d:2:28\n")


def test_d_the_actions_after_a_predicate_count_from_one():
    m = _module(D_SCRIPT, "p.d", "d").manifest
    # the clause's first statement is action #1, its second #2, though the
    # predicate's sites come first
    assert _line(m, _site(m, "identifier 'user_string'", 4), E_FAULT, 1).endswith(
        ": invalid address (0x1) in action #1 at p.d:4:12\n")
    assert _line(m, _site(m, "operator '/'", 5), E_DIVZERO).count(
        ": divide-by-zero in action #2 at p.d:5:") == 1
    # a clause with no predicate has none of its sites in one
    second = [s for s in m["sites"] if s["probe"] == 1]
    assert second and not any(s.get("predicate") for s in second)
    assert _line(m, _site(m, "operator '/'", 10), E_DIVZERO).startswith(
        "dtrace: error on enabled probe ID 2 (ID ")
    assert ": divide-by-zero in action #1 at p.d:10:" in _line(m, _site(m, "operator '/'", 10), E_DIVZERO)


def test_d_only_the_predicate_is_the_predicate():
    # this-> carried from a clause to the next and thread-locals read in the
    # predicate: the code around them is not the predicate's
    src = ("syscall::chdir:entry\n{\n\tthis->p = arg0;\n}\n\n"
           "syscall::chdir:entry\n/self->n == 0/\n{\n\tself->n = 1;\n\tz = copyinstr(this->p);\n}\n")
    m = _module(src, "c.d", "d").manifest
    pred = [s for s in m["sites"] if s.get("predicate")]
    assert all(s["line"] == 7 for s in pred), pred
    assert _line(m, _site(m, "identifier 'user_string'", 10), E_FAULT, 8).endswith(
        ": invalid address (0x8) in action #2 at c.d:10:6\n")


def test_d_string_reads_report_the_address_they_read():
    # copyinstr() and stringof() of a kernel address name the address, as copyin() does
    src = 'BEGIN\n{\n\ttrace(copyinstr(1));\n\ttrace(stringof((char *)16));\n\tcopyin(32, 4);\n}\n'
    mod = _module(src, "s.d", "d")
    assert mod.c_source.count("xt_fail_addr(c, XT_E_FAULT") >= 3
    m = mod.manifest
    assert _line(m, _site(m, "identifier 'user_string'", 3), E_FAULT, 1).endswith(
        ": invalid address (0x1) in action #1 at s.d:3:8\n")


STP = """probe begin {
  printf("%s\\n", user_string(0))
  printf("%s\\n", user_string_n(1, 3))
  printf("%s\\n", kernel_string(5))
  try { s = user_string(7) } catch (msg) { println(msg) }
}
"""


def test_stap_user_string_faults_as_the_tapset_words_it():
    m = _module(STP, "u.stp", "stap").manifest
    assert _line(m, _site(m, "identifier 'user_string'", 2), E_FAULT, 0) == (
        "ERROR: user string copy fault -14 at 0000000000000000 [man error::fault] "
        "near identifier 'user_string' at u.stp:2:18\n")
    assert _line(m, _site(m, "identifier 'user_string_n'", 3), E_FAULT, 1) == (
        "ERROR: user string copy fault -14 at 0000000000000001 [man error::fault] "
        "near identifier 'user_string_n' at u.stp:3:18\n")


def test_stap_kernel_string_faults_as_the_tapset_words_it():
    m = _module(STP, "u.stp", "stap").manifest
    assert _line(m, _site(m, "identifier 'kernel_string'", 4), E_FAULT, 5) == (
        "ERROR: kernel string copy fault at 0x5 [man error::fault] "
        "near identifier 'kernel_string' at u.stp:4:18\n")


def test_stap_a_caught_string_fault_keeps_the_printed_words():
    mod = _module(STP, "u.stp", "stap")
    site = mod.manifest["sites"][_site(mod.manifest, "identifier 'user_string'", 5)]
    words = stap_addr_words(site, "stap")
    # the catch variable is written with the decoder's words, as C's printf writes them
    fmt = words.c_format()
    assert fmt == "user string copy fault -14 at %016lx [man error::fault]"
    octal = "".join(c if c.isalnum() or c in " _.,:;-+=/" else f"\\{ord(c):03o}"
                    for c in fmt + " near %s")
    assert f'snprintf(l_msg, XT_MAXSTRINGLEN, "{octal}", (unsigned long)(a_), ' in mod.c_source
    printed = _line(mod.manifest, _site(mod.manifest, "identifier 'user_string'", 5), E_FAULT, 7)
    assert printed == f"ERROR: {words.text(7)} near identifier 'user_string' at u.stp:5:13\n"


def test_stap_a_fault_in_a_function_keeps_its_address_for_the_catch_up_the_chain():
    src = ('function f:string (p:long) { return user_string(p) }\n'
           'probe begin { try { println(f(1)) } catch (msg) { println(msg) } }\n')
    c = _module(src, "f.stp", "stap").c_source
    assert re.search(r"if \(c->trying\) snprintf\(c->errbuf, XT_MAXSTRINGLEN, \"[^\"]+\", "
                     r"\(unsigned long\)\(a_\), \"[^\"]+\"\); xt_throw_addr\(c, XT_E_FAULT, \d+, a_\)", c)
    assert "c->thrown_code == XT_E_USER || c->thrown < 0 ? c->errbuf" in c


def test_other_stap_reads_stay_loc2c_read_faults():
    site = {"what": "operator '->'", "loc": "t.stp:1:1"}
    assert stap_addr_words(site, "stap").text(0x970) == \
        "read fault [man error::fault] at 0x0000000000000970 (addr)"
    assert stap_addr_words({**site, "write": True}, "stap").text(1).startswith("write fault ")
    # ProbeVue has no tapset: its string reads keep the generic words
    assert stap_addr_words({**site, "copy": "user string"}, "vue").text(0).startswith("read fault ")


def test_stap_kernel_and_user_readers_name_themselves_and_the_address():
    # conversions.stp's kernel_int(): "kernel int copy fault at 0x%lx"; a
    # user_*_error() reader's fault is loc2c's read fault
    src = ('probe begin {\n  println(kernel_int(16))\n  println(kernel_pointer(8))\n'
           '  println(user_short_error(4))\n}\n')
    m = _module(src, "k.stp", "stap").manifest
    assert _line(m, _site(m, "identifier 'kernel_int'", 2), E_FAULT, 16) == (
        "ERROR: kernel int copy fault at 0x10 [man error::fault] "
        "near identifier 'kernel_int' at k.stp:2:11\n")
    assert _line(m, _site(m, "identifier 'kernel_pointer'", 3), E_FAULT, 8).startswith(
        "ERROR: kernel pointer copy fault at 0x8 [man error::fault] near identifier 'kernel_pointer'")
    assert _line(m, _site(m, "identifier 'user_short_error'", 4), E_FAULT, 4) == (
        "ERROR: read fault [man error::fault] at 0x0000000000000004 (addr) "
        "near identifier 'user_short_error' at k.stp:4:11\n")


def test_d_where():
    assert d_where({"action": 0, "predicate": True}) == "predicate"
    assert d_where({"action": 0}) == "action #1"
    assert d_where({"action": 3}) == "action #3"
