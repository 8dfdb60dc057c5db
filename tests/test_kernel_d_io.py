"""DTrace's io provider on a real block device: a loop device over a file in
/dev/shm (the sandbox has no disk), written and read with O_DIRECT so that each
dd is one request that reaches the device."""

from __future__ import annotations

SCRIPT = r'''
#pragma D option quiet
int starts, dones;

io:::start
/args[1]->dev_statname == "loop0"/
{
	starts++;
	printf("start %s %s %d %s %d %s\n", args[1]->dev_statname, args[1]->dev_name,
	    args[0]->b_bcount, args[0]->b_flags & B_READ ? "R" : "W", args[0]->b_blkno,
	    args[2]->fi_name);
}

io:::done
/args[1]->dev_statname == "loop0"/
{
	dones++;
	printf("done %s %d %s %d\n", args[1]->dev_statname, args[0]->b_bcount,
	    args[0]->b_flags & B_WRITE ? "W" : "R", args[0]->b_blkno);
}

END
{
	printf("starts %d dones %d\n", starts, dones);
}
'''


def test_io_start_done_on_a_loop_device(run_script, sandbox_target):
    from conftest import loop_module_cmd
    cmd = ("sh -c '" + loop_module_cmd(sandbox_target.kinfo).replace("'", "") +
           "dd if=/dev/zero of=/dev/shm/xt_dio.img bs=64k count=4 2>/dev/null; "
           "losetup /dev/loop0 /dev/shm/xt_dio.img && "
           "dd if=/dev/zero of=/dev/loop0 bs=4096 count=1 seek=8 oflag=direct 2>/dev/null && "
           "dd if=/dev/loop0 of=/dev/null bs=8192 count=1 skip=2 iflag=direct 2>/dev/null; "
           "losetup -d /dev/loop0; rm -f /dev/shm/xt_dio.img'")
    r = run_script(SCRIPT, "d", cmd=cmd, timeout=120)
    lines = r.stdout.splitlines()
    # 4096 bytes written at byte 32768 (512-byte block 64), 8192 read at byte 16384
    # (block 32); a raw device's request serves no file: DTrace's "<none>"; dev_name
    # is the driver's name, as Oracle's io.d reads it from major_names
    assert "start loop0 loop 4096 W 64 <none>" in lines, r.stdout + r.stderr
    assert "done loop0 4096 W 64" in lines, r.stdout + r.stderr
    assert "start loop0 loop 8192 R 32 <none>" in lines, r.stdout + r.stderr
    assert "done loop0 8192 R 32" in lines, r.stdout + r.stderr
    starts, dones = (int(w) for w in lines[-1].split()[1::2])
    assert starts == dones >= 2, r.stdout
