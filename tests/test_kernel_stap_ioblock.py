"""stap's ioblock_trace.request / .end (the block_bio_queue and block_bio_complete
tracepoints) on real block devices (the sandbox has no disk): a loop device over a
file in /dev/shm and a brd RAM disk, written and read with O_DIRECT so that each dd
is one bio that reaches the device, and the loop device written once through the
page cache (whose page belongs to the device's inode)."""

from __future__ import annotations

SCRIPT = r'''
global reqs, ends
probe ioblock_trace.request {
	if (devname == "loop0" || devname == "ram0") {
		reqs[devname]++
		printf("%s %s %d %d %s %d ino=%d vcnt=%d idx=%d start=%d q=%d\n", name, devname,
		       bytes_done, size, bio_rw_str(rw), sector, ino, vcnt, idx, p_start_sect, q != 0)
	}
}
probe ioblock_trace.end {
	if (devname == "loop0" || devname == "ram0") {
		ends[devname]++
		printf("%s %s %d %d %s ino=%d\n", name, devname, bytes_done, size, bio_rw_str(rw), ino)
	}
}
probe end {
	printf("loop0 requests %d ends %d\n", reqs["loop0"], ends["loop0"])
	printf("ram0 requests %d ends %d\n", reqs["ram0"], ends["ram0"])
}
'''


def _cmd(kinfo) -> str:
    from conftest import block_module_cmd, loop_module_cmd
    return ("sh -c '" + loop_module_cmd(kinfo).replace("'", "") +
            block_module_cmd(kinfo, "brd", "rd_nr=1 rd_size=1024").replace("'", "") +
            "dd if=/dev/zero of=/dev/shm/xt_ioblk.img bs=64k count=4 2>/dev/null; "
            "losetup /dev/loop0 /dev/shm/xt_ioblk.img && "
            "dd if=/dev/zero of=/dev/loop0 bs=4096 count=1 seek=8 oflag=direct 2>/dev/null && "
            "dd if=/dev/loop0 of=/dev/null bs=8192 count=1 skip=2 iflag=direct 2>/dev/null && "
            "dd if=/dev/zero of=/dev/loop0 bs=4096 count=1 seek=20 conv=fsync 2>/dev/null; "
            "losetup -d /dev/loop0; rm -f /dev/shm/xt_ioblk.img; "
            "dd if=/dev/zero of=/dev/ram0 bs=4096 count=2 seek=4 oflag=direct 2>/dev/null; "
            "dd if=/dev/ram0 of=/dev/null bs=16384 count=1 skip=1 iflag=direct 2>/dev/null'")


def _with_vcnt(lines: list[str], shape: str, counts: range) -> bool:
    """True when one line is SHAPE with a vcnt of COUNTS."""
    return any(shape.format(n) in lines for n in counts)


def test_ioblock_trace_request_and_end_on_loop_and_ram_disks(run_script, sandbox_target):
    r = run_script(SCRIPT, "stap", cmd=_cmd(sandbox_target.kinfo), timeout=120)
    lines = r.stdout.splitlines()
    out = r.stdout + r.stderr
    # 4096 bytes written at byte 32768 (sector 64), 8192 read at byte 16384 (sector 32),
    # from the user's buffers (O_DIRECT: a page of no file, ino -1)
    assert "ioblock_trace.request loop0 4096 4096 W 64 ino=-1 vcnt=1 idx=0 start=0 q=1" in lines, out
    # vcnt counts bio_vecs, and the block layer merges physically adjacent pages of the
    # user's buffer into one: 1 or 2 for two pages, as the allocator happened to place them
    assert _with_vcnt(lines, "ioblock_trace.request loop0 8192 8192 R 32 ino=-1 vcnt={} idx=0 start=0 q=1",
                      range(1, 3)), out
    # through the page cache: the page is the device inode's, whose number is its dev_t
    # (the kernel's MKDEV(7, 0), loop's major 7)
    assert f"ioblock_trace.request loop0 4096 4096 W 160 ino={7 << 20} vcnt=1 idx=0 start=0 q=1" \
        in lines, out
    # loop is a blk-mq driver: the block layer traces its completions per request
    # (block_rq_complete) and clears the bio's BIO_TRACE_COMPLETION, so block_bio_complete,
    # and stap's ioblock_trace.end with it, never fires for its bios
    assert "loop0 requests 4 ends 0" in lines, out
    # brd completes its bios itself (bio_endio with the bio's size untouched): one end
    # per request, with the bytes done
    assert lines.count("ioblock_trace.request ram0 4096 4096 W 32 ino=-1 vcnt=1 idx=0 start=0 q=1") == 1, out
    assert lines.count("ioblock_trace.end ram0 4096 4096 W ino=-1") == 2, out
    assert _with_vcnt(lines, "ioblock_trace.request ram0 16384 16384 R 32 ino=-1 vcnt={} idx=0 start=0 q=1",
                      range(1, 5)), out
    assert "ioblock_trace.end ram0 16384 16384 R ino=-1" in lines, out
    ram = next(ln for ln in lines if ln.startswith("ram0 requests")).split()
    assert ram[2] == ram[4] and int(ram[2]) >= 3, out
