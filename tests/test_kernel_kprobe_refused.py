"""Kprobes the sandbox kernel refuses at registration, for real.

`_etext` is a text symbol of kallsyms that the kernel will not kprobe (the end
of its text: register_kprobe() says -EINVAL), on every sandbox kernel. stap
leaves such a probe off with a warning and runs the rest (runtime/linux/kprobes.c,
PR6749); a script whose probes were all refused fails; D fails the session as it
did. conformance/stap/kprobe_refused*.stp hold stap's own expected output.
"""

from __future__ import annotations

import re

import pytest

from xtrace.ir.loc import XtraceError

WORKLOAD = "cat /etc/hostname"
REFUSED = "registration error [man warning::pass5] (rc -22)"


def _etext(sandbox_target) -> int:
    """_etext's address in the guest (it boots without KASLR)."""
    for line in sandbox_target.kinfo.kallsyms_file.read_text().splitlines():
        r = line.split()
        if len(r) == 3 and r[2] == "_etext":
            return int(r[0], 16)
    raise AssertionError("no _etext in the captured kallsyms")


def test_a_refused_kernel_function_warns_with_its_address_and_the_rest_runs(run_script, sandbox_target):
    script = ('probe kernel.function("_etext") { println("_etext fired") }\n'
              'probe kernel.function("vfs_read") { if (pid() == target()) { println("vfs_read"); exit() } }\n'
              'probe end { println("end") }\n')
    r = run_script(script, "stap", cmd=WORKLOAD)
    assert r.stdout == "vfs_read\nend\n", r.stderr
    m = re.search(r'^WARNING: probe kernel\.function\("_etext"\) \(address 0x([0-9a-f]+)\) '
                  + re.escape(REFUSED) + "$", r.stderr, re.M)
    assert m, r.stderr
    assert int(m.group(1), 16) == _etext(sandbox_target)
    assert r.stderr.count("registration error") == 1 and "ERROR" not in r.stderr
    assert r.exit_status == 0


def test_an_optional_refused_point_is_left_off_silently(run_script):
    script = ('probe kprobe.function("_etext") ?, kernel.function("_etext").return ? { println("fired") }\n'
              'probe kernel.function("vfs_read") { if (pid() == target()) { println("vfs_read"); exit() } }\n')
    r = run_script(script, "stap", cmd=WORKLOAD)
    assert r.stdout == "vfs_read\n", r.stderr
    assert "WARNING" not in r.stderr and "ERROR" not in r.stderr, r.stderr
    assert r.exit_status == 0


def test_a_script_whose_probes_were_all_refused_fails(run_script):
    script = ('probe kprobe.function("_etext") { println("fired") }\n'
              'probe kernel.function("_etext").return { println("returned") }\n')
    r = run_script(script, "stap", timeout=30)
    assert r.stdout == ""
    assert f'WARNING: probe kprobe.function("_etext") (_etext+0) {REFUSED}\n' in r.stderr
    assert re.search(r'^WARNING: probe kernel\.function\("_etext"\)\.return \(address 0x[0-9a-f]+\) '
                     + re.escape(REFUSED) + "$", r.stderr, re.M), r.stderr
    assert "ERROR: no probe point could be registered\n" in r.stderr
    assert r.exit_status == 1


def test_d_refuses_fbt_at_the_end_of_the_kernel_text_when_it_compiles(run_script):
    """What stap arms and is warned about, D does not list as a probe at all (dtrace's
    fbt probes come from the traceable functions): the script fails to compile, in
    dtrace's words, before anything is built or armed (conformance d/compile_fbt_etext)."""
    script = ('#pragma D option quiet\nfbt::_etext:entry { printf("fired\\n"); }\n'
              'fbt::vfs_read:entry /pid == $target/ { printf("vfs_read\\n"); exit(0); }\n')
    with pytest.raises(XtraceError, match="probe description fbt::_etext:entry does not match any probes"):
        run_script(script, "d", cmd=WORKLOAD, timeout=30)


def test_the_guest_kernel_log_is_clean(vm):
    res = vm.run_job(None, None, "dmesg | grep -iE 'warning|bug|oops|call trace' || true", cwd="/")
    out = (res.out or b"") + (res.cmd_out or b"")
    assert out.strip() == b"", out.decode(errors="replace")
