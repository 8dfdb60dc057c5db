"""The twenty-eighth real-script sample's fixes (docs/translate-real-scripts.md).

The vfs and ioblock tapsets' `devname` (bdevname() of a block device, "N/A"
without one), which alexfish8/BuffSim's trace.stp tests, is ported to D as the
block device's own device name, `bdev != 0 ? stringof(bdev->bd_device.kobj.name)
: "N/A"`, where the D port was refused ("the tapset variable 'devname' of this
probe has no D equivalent")."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError
from xtrace.ir import nodes as ir
from translating import translated

# alexfish8/BuffSim's trace.stp, its read half
BUFFSIM_READ = ('probe vfs.read.return {\n'
                '        if (devname == "N/A") {}\n'
                '        else {\n'
                '          if (bytes_read > 0) {\n'
                '            offset = @cast(file, "file", "kernel")->f_pos;\n'
                '            printf("R %d %d %d\\n", ino, offset, bytes_read);\n'
                '          }\n'
                '        }\n'
                '}\n')

IOBLOCK = ('probe ioblock.request {\n'
           '  if (sector < 4) printf("%s %d\\n", devname, sector)\n'
           '}\n')


def test_return_probe_devname_reads_the_saved_device():
    """A .return's devname reads the block device saved at entry, typed by D."""
    d = translated(BUFFSIM_READ, "d")
    assert "self->entry_bdev = args[0]->f_inode->i_sb->s_bdev;" in d
    assert ('this->devname = self->entry_bdev != 0 ? '
            'stringof(self->entry_bdev->bd_device.kobj.name) : "N/A";') in d
    assert 'if (this->devname == "N/A")' in d
    assert "__xt_bdevname" not in d


def test_the_port_parses_back_as_the_device_name_read():
    d = translated(BUFFSIM_READ, "d")
    prog = frontends.parse(d, "back.d", "d")
    reads = [x for p in prog.probes for x in ir.walk(p.body)
             if isinstance(x, ir.KernelMember) and x.path[-1:] == ["name"]]
    assert reads and not prog.functions


def test_entry_probe_devname_reads_the_member_chain():
    d = translated('probe vfs.write { if (devname == "N/A") printf("%d\\n", bytes_to_write) }\n',
                   "d")
    assert ('this->devname = args[0]->f_inode->i_sb->s_bdev != 0 ? '
            'stringof(args[0]->f_inode->i_sb->s_bdev->bd_device.kobj.name) : "N/A";') in d


def test_ioblock_devname_is_the_bios_device_name():
    d = translated(IOBLOCK, "d")
    assert ('args[0]->bi_bdev != 0 ? stringof(args[0]->bi_bdev->bd_device.kobj.name) : "N/A"'
            in d)


def test_vue_still_refuses_devname():
    """Vue reads no kernel structs at a system call: the refusal stays, naming devname."""
    with pytest.raises(XtraceError, match="tapset variable 'devname'"):
        translated(BUFFSIM_READ, "vue")


# xuao1/linux-mmio-patch's test.stp (its comments left out)
MMIO = ('probe kernel.function("ioread*") {\n'
        '    printf("ioread called at %s\\n", pp())\n'
        '}\n')


def test_pp_printed_is_the_format_around_probefunc():
    """stap's pp() of a kernel function glob printed by %s: the text around D's
    probefunc is written into the format, not strjoin()ed."""
    d = translated(MMIO, "d")
    assert 'printf("ioread called at kernel.function(\\"%s\\")\\n", probefunc);' in d
    assert "strjoin" not in d



def test_an_entry_value_of_a_member_is_named_for_the_member():
    """A .return's value saved at entry is named as the tapset names it (bdev,
    ino), not entry_valueN."""
    d = translated(BUFFSIM_READ, "d")
    assert "self->entry_ino = args[0]->f_inode->i_ino;" in d
    assert "entry_value" not in d
