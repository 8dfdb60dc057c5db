"""D's run-time error line names the probe that fired: in a clause of several
probes the module's error record carries that probe's ID (the high half of the
code word) and the consumer prints its enabled probe ID and its
`ID N: provider:module:function:name`. Expected texts are written by hand from
DTrace's line, `dtrace: error on enabled probe ID 2 (ID 6:
syscall:vmlinux:openat:entry): divide-by-zero in action #1`."""

from __future__ import annotations

import io
import struct

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.ir.analysis import analyze
from xtrace.runtime.stream import REC_ERROR, StreamDecoder

TWO = """int z;
syscall::rmdir:entry, syscall::openat:entry
{
	x = 1 / z;
}
"""


@pytest.fixture(scope="module")
def module():
    return generate(analyze(frontends.parse(TWO, "t.d", "d"), _translation_target()))


def _error(site: int, code: int, fired: int) -> bytes:
    payload = struct.pack("<II", code, fired)
    return struct.pack("<IHHQ", 16 + len(payload), REC_ERROR, site, 0) + payload


def _line(manifest: dict, fired: int) -> str:
    err = io.StringIO()
    StreamDecoder(manifest, io.StringIO(), err).feed(_error(0, 1, fired))
    return err.getvalue()


def test_the_module_asks_which_probe_fired_only_for_a_clause_of_several(module):
    assert "xt_gen_fault_id" in module.c_source and "#define XT_FAULT_ID 1" in module.c_source
    one = generate(analyze(frontends.parse("int z;\nsyscall::openat:entry { x = 1 / z; }\n", "o.d", "d"),
                           _translation_target()))
    assert "XT_FAULT_ID" not in one.c_source


def test_the_error_names_the_probe_that_fired_and_its_enabled_probe_id(module):
    m = module.manifest
    ids = m["probe_ids"]
    rmdir, openat = ids["rmdir:entry"], ids["openat:entry"]
    assert _line(m, openat).startswith(
        f"dtrace: error on enabled probe ID 2 (ID {openat}: syscall:vmlinux:openat:entry): "
        "divide-by-zero in action #1 at t.d:4:")
    assert _line(m, rmdir).startswith(
        f"dtrace: error on enabled probe ID 1 (ID {rmdir}: syscall:vmlinux:rmdir:entry): ")


def test_an_unknown_probe_falls_back_to_the_clause_descriptions(module):
    assert _line(module.manifest, 0).startswith(
        "dtrace: error on enabled probe ID 1 (syscall::rmdir:entry, syscall::openat:entry): ")
