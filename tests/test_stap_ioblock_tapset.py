"""stap's ioblock_trace.* aliases (ioblock.stp) on the block layer's bio tracepoints,
beside ioblock.*: points, variables and the helpers both families share. The
sandbox runs are tests/test_kernel_stap_ioblock.py."""

from __future__ import annotations

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.stap import parse
from xtrace.frontends.stap.library import with_library
from xtrace.ir.analysis import analyze

VARS = ("name, q, devname, ino, bytes_done, sector, flags, rw, opf, vcnt, idx, phys_segments, "
        "hw_segments, size, bdev, bdev_contains, p_start_sect")


def test_ioblock_trace_points_are_the_bio_tracepoints() -> None:
    src = "\n".join(f"probe ioblock_trace.{s} {{ printf(\"%s\\n\", name) }}"
                    for s in ("request", "end", "bounce")) + "\n"
    prog = parse(src, "t.stp")
    assert [(pp.kind, pp.name) for p in prog.probes for pp in p.points] == [
        ("tracepoint", "block_bio_queue"), ("tracepoint", "block_bio_complete"),
        ("tracepoint", "block_bio_bounce")]


def test_every_variable_of_ioblock_stp_builds() -> None:
    reads = " + ".join(f"({v} != 0)" if v not in ("name", "devname") else f"strlen({v})"
                       for v in VARS.split(", "))
    src = (f"global n\nprobe ioblock_trace.request, ioblock_trace.end, ioblock_trace.bounce "
           f"{{ n += {reads} }}\n")  # (ioblock.* are kprobes: the kernel's symbols are not at hand)
    c = generate(analyze(parse(src, "t.stp"), _translation_target())).c_source
    assert "block_bio_queue" in c and "block_bio_complete" in c


def test_both_families_share_one_copy_of_the_helpers() -> None:
    src = "probe ioblock.request, ioblock_trace.request { print(devname, ino) }\n"
    text = with_library(src)
    assert text.count("function __xt_bdevname") == 1
    assert text.count("function __xt_bio_ino") == 1
    assert "ioblock_trace.bounce" in text and "ioblock.end" in text
    # a script's own alias of a family leaves that family's tapset out
    own = with_library("probe ioblock_trace.request = kernel.trace(\"block_bio_queue\") { }\n"
                       "probe ioblock_trace.request { }\n")
    assert "__xt_bio_ino" not in own
