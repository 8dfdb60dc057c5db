"""The objects a -c command's process maps (ir/loadmap.py), which D's empty pid
module and Vue's `*` uft module look a function up in."""

from __future__ import annotations

import os
import shutil

import pytest

from xtrace import frontends
from xtrace.ir.elfsyms import ElfSymbolError
from xtrace.ir.loadmap import loaded_objects


def test_a_program_maps_its_libraries_breadth_first_and_the_dynamic_linker_last():
    ls = os.path.realpath(shutil.which("ls"))
    objs = loaded_objects(ls)
    names = [o.rsplit("/", 1)[-1] for o in objs]
    assert objs[0] == ls
    assert "libc.so.6" in names and names[-1].startswith("ld-linux")
    assert len(set(objs)) == len(objs)  # each object once (libc is needed by several)
    # python3 needs libm, which needs libc: libc comes once, after what python names first
    py = loaded_objects("/usr/bin/python3")  # (the distribution's, not a pyenv shim)
    assert [o.rsplit("/", 1)[-1] for o in py].count("libc.so.6") == 1


def test_a_file_that_is_not_elf_is_an_error(tmp_path):
    (tmp_path / "x").write_text("#!/bin/sh\n")
    with pytest.raises(ElfSymbolError):
        loaded_objects(tmp_path / "x")


@pytest.mark.parametrize("src, lang, every", [
    ("pid$target::malloc:entry { }", "d", True),
    ("pid$target:*:malloc:entry { }", "d", True),
    ("pid$target:a.out:malloc:entry { }", "d", False),
    ("pid$target:libc.so.6:malloc:entry { }", "d", False),
    ("@@uft:$__CPID:*:malloc:entry { }", "vue", True),
    ("@@uft:$__CPID:libc.a:malloc:entry { }", "vue", False),
    ('probe process.function("malloc") { }', "stap", False),
])
def test_which_points_are_every_object(src, lang, every):
    prog = frontends.parse(src, "t." + {"d": "d", "vue": "e", "stap": "stp"}[lang], lang)
    assert prog.probes[0].points[0].every_object is every
