"""A kprobe the kernel refuses at registration (the generated module's arm step).

stap goes on without it (runtime/linux/kprobes.c, stapkp_init: PR6749): the
probe is left off, a point not marked `?` (and not a module's function) warns
on stderr, and the other probes run. D keeps failing the whole session.
The kernel side is proven by conformance/stap/kprobe_refused*.stp and
tests/test_kernel_kprobe_refused.py; these check the generated C and the
host's decoding of the warning record.
"""

from __future__ import annotations

import io
import re
import struct
from pathlib import Path

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.backend_c.cstr import c_string
from xtrace.frontends import parse
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget
from xtrace.runtime.stream import _HDR, REC_WARN, StreamDecoder


def _kernel() -> KernelTarget:
    return KernelTarget("test", Path("/nonexistent"), {},
                        functions={"vfs_read", "vfs_write", "_etext"},
                        module_symbols={"ext4": {"ext4_file_open"}})


def _c(text: str, lang: str = "stap") -> str:
    name = "t.d" if lang == "d" else "t.stp"
    return generate(analyze(parse(text, name, lang), _kernel())).c_source


def _arm(c: str) -> str:
    """The body of xt_gen_arm()."""
    return c[c.index("static int xt_gen_arm(void)"):c.index("static void xt_gen_begin(void)")]


def test_stap_warns_in_stap_words_and_goes_on():
    c = _c('probe kprobe.function("_etext") { println(1) }\n'
           'probe kernel.function("vfs_read").return { println(2) }\n'
           'probe end { println(3) }\n')
    arm = _arm(c)
    # a kprobe.function point is registered by name: stap names the symbol ...
    pp = c_string('kprobe.function("_etext")')
    assert f'xt_kp_refused({pp}, "_etext", (unsigned long)xt_kp_0.addr, ret);' in arm
    # ... a kernel.function point by address: stap gives the address
    pp = c_string('kernel.function("vfs_read").return')
    assert f'xt_kp_refused({pp}, NULL, (unsigned long)xt_kp_1.kp.addr, ret);' in arm
    assert "goto fail;\n\t}\n\txt_kp_on_0" not in arm and "cannot probe" not in arm
    assert arm.count("xt_kp_nrefused++;") == 2
    assert "registration error [man warning::pass5] (rc %d)" in c
    # there is an end probe: the session waits for it even with no kprobe armed
    assert "no probe point could be registered" not in arm


def test_registered_flag_is_set_only_on_success_and_disarm_reads_it():
    c = _c('probe kprobe.function("_etext") { println(1) }\nprobe begin { exit() }\n')
    arm = _arm(c)
    assert re.search(r"if \(ret\) \{.*?\} else \{\n\t\txt_kp_on_0 = true;\n\t\}", arm, re.S)
    assert "if (xt_kp_on_0)\n\t\t\tbatch[n++] = &xt_kp_0;" in c


def test_an_optional_point_and_a_modules_function_are_left_off_silently():
    c = _c('probe kernel.function("vfs_read") ? { println(1) }\n'
           'probe module("ext4").function("ext4_file_open") { println(2) }\n'
           'probe kernel.function("vfs_write") { println(3) }\n'
           'probe timer.s(1) { exit() }\n')
    arm = _arm(c)
    assert arm.count("xt_kp_refused(") == 1
    pp = c_string('kernel.function("vfs_write")')
    assert f"xt_kp_refused({pp}, NULL," in arm
    assert arm.count("xt_kp_nrefused++;") == 3


def test_every_clause_at_a_shared_kprobe_warns_with_its_own_point():
    c = _c('probe kprobe.function("_etext").return { println(1) }\n'
           'probe kernel.function("_etext").return { println(2) }\n'
           'probe begin { exit() }\n')
    arm = _arm(c)
    by_name, by_addr = (c_string(f'{kind}.function("_etext").return') for kind in ("kprobe", "kernel"))
    assert f'xt_kp_refused({by_name}, "_etext",' in arm
    assert f"xt_kp_refused({by_addr}, NULL," in arm


def test_a_script_of_kprobes_alone_fails_when_none_is_armed():
    arm = _arm(_c('probe kprobe.function("_etext"), kernel.function("vfs_read") { println(1) }\n'))
    assert "if (xt_kp_nrefused == 2) {" in arm
    assert 'xt_fatal("no probe point could be registered");' in arm


def test_d_still_fails_the_session():
    arm = _arm(_c("#pragma D option quiet\nfbt::vfs_read:entry { trace(1); }\n", "d"))
    assert 'pr_err("%s: cannot probe %s: %d\\n", KBUILD_MODNAME, "vfs_read", ret);\n\t\tgoto fail;' in arm
    assert "xt_kp_refused" not in arm and "xt_kp_nrefused" not in arm


def _warn_record(msg: str) -> bytes:
    payload = struct.pack("<H", len(msg)) + msg.encode()
    n = (_HDR.size + len(payload) + 7) // 8 * 8
    return (_HDR.pack(n, REC_WARN, 0, 1) + payload).ljust(n, b"\0")


def test_the_host_prints_the_warning_once_on_stderr():
    out, err = io.StringIO(), io.StringIO()
    dec = StreamDecoder({"lang": "stap", "formats": [], "errors": []}, out, err)
    text = 'probe kprobe.function("_etext") (_etext+0) registration error [man warning::pass5] (rc -22)'
    dec.feed(_warn_record(text) + _warn_record(text))
    assert err.getvalue() == f"WARNING: {text}\n"
    assert out.getvalue() == "" and dec.result.exit_status == 0


def _points(text: str, lang: str = "stap", functions=("vfs_read", "__switch_to", "__switch_to_xtra")):
    kt = KernelTarget("test", Path("/nonexistent"), {}, functions=set(functions))
    an = analyze(parse(text, "t.d" if lang == "d" else "t.stp", lang), kt)
    return [rp.functions for pts in an.points for rp in pts]


def test_a_return_probe_on_switch_to_is_refused_before_the_build():
    """6.12 accepts a kretprobe on __switch_to and panics at its first return
    (rethook_trampoline_handler); 6.1 refuses it. Its entry is probed as ever."""
    for text, lang in (('probe kernel.function("__switch_to").return { println(1) }\n', "stap"),
                       ('probe kprobe.function("__switch_to").return { println(1) }\n', "stap"),
                       ("fbt::__switch_to:return { trace(1); }\n", "d")):
        with pytest.raises(XtraceError) as err:
            _points(text, lang)
        assert err.value.message.startswith("kernel function '__switch_to' cannot be probed on return")
        assert err.value.loc.line == 1
    assert _points('probe kernel.function("__switch_to") { println(1) }\n') == [["__switch_to"]]
    assert _points('probe kernel.function("__switch_to").return ? { println(1) }\n'
                   'probe begin { exit() }\n')[0] == []
    assert _points('probe kernel.function("__switch_t*").return { println(1) }\n') == [["__switch_to_xtra"]]


def test_a_tapset_alias_names_the_kernel_function_it_stands_for():
    arm = _arm(_c('probe vfs.read { println(1) }\n'))
    pp = c_string('kernel.function("vfs_read")')
    assert f"xt_kp_refused({pp}, NULL," in arm
