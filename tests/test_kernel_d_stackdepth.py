"""D's stackdepth in the sandbox kernel: the number of frames stack() prints at
the same probe, whatever the probe reached the kernel by (a kprobe's int3, a
kretprobe's trampoline, the system call tracepoint, the timer interrupt)."""

from __future__ import annotations

import re

import pytest

PROBES = {
    "fbt entry": 'fbt::vfs_read:entry /execname == "cat"/',
    "fbt return": 'fbt::vfs_read:return /execname == "cat"/',
    "syscall": 'syscall::read:entry /execname == "cat"/',
    "profile": "profile-997 /arg0 != 0/",
}


@pytest.mark.parametrize("probe", PROBES.values(), ids=list(PROBES))
def test_stackdepth_is_the_number_of_frames_stack_prints(run_script, probe):
    script = f"""
#pragma D option quiet
{probe}
{{
	printf("depth %d", stackdepth);
	stack();
	printf("end\\n");
	exit(0);
}}
"""
    run = run_script(script, "d", cmd="cat /etc/hostname")
    blocks = re.findall(r"depth (\d+)\n((?:.*\n)*?)end\n", run.stdout)
    assert blocks, run.stdout + run.stderr
    for depth, frames in blocks:
        lines = [ln for ln in frames.splitlines() if ln.strip()]
        assert int(depth) == len(lines) > 0, run.stdout
        assert all(re.fullmatch(r" +\S+`\S+", ln) for ln in lines), run.stdout
