"""ir.diskcache: derived facts kept between runs, keyed by what they came from."""

from __future__ import annotations

import os

from xtrace.ir import kmember
from xtrace.ir.diskcache import cached_json, file_identity


def test_stored_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path))
    calls = []

    def compute():
        calls.append(1)
        return {"struct a": ["linux/a.h"]}

    assert cached_json("t-v1", ["x"], compute) == {"struct a": ["linux/a.h"]}
    assert cached_json("t-v1", ["x"], compute) == {"struct a": ["linux/a.h"]}
    assert len(calls) == 1
    # another identity or another format is another entry
    cached_json("t-v1", ["y"], compute)
    cached_json("t-v2", ["x"], compute)
    assert len(calls) == 3
    # no temporary file is left behind
    assert not [p for p in (tmp_path / "derived").iterdir() if p.suffix != ".json"]


def test_a_file_cut_short_is_computed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path))
    cached_json("t-v1", ["x"], lambda: [1, 2, 3])
    (stored,) = (tmp_path / "derived").iterdir()
    stored.write_text("[1, 2")
    assert cached_json("t-v1", ["x"], lambda: [4]) == [4]
    assert cached_json("t-v1", ["x"], lambda: [5]) == [4]


def test_an_unwritable_cache_only_costs_the_recomputation(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XTRACE_CACHE", str(blocker))  # a file: no directory can be made in it
    assert cached_json("t-v1", ["x"], lambda: 7) == 7
    assert cached_json("t-v1", ["x"], lambda: 8) == 8


def test_identity_follows_size_and_mtime(tmp_path):
    f = tmp_path / "h"
    f.write_text("a")
    before = file_identity([f, tmp_path / "missing"])
    assert before[1] == [str(tmp_path / "missing"), None]
    f.write_text("ab")
    assert file_identity([f]) != before[:1]


def _tree(root):
    (root / "include/linux").mkdir(parents=True)
    (root / "include/linux/a.h").write_text("struct alpha {\n\tint x;\n};\n")
    (root / "include/uapi/linux").mkdir(parents=True)
    (root / "include/uapi/linux/u.h").write_text("struct uonly {\n};\n")


def test_struct_headers_index_is_cached_and_sees_a_new_header(tmp_path, monkeypatch):
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path / "cache"))
    root = tmp_path / "hdr"
    _tree(root)
    kmember._header_index.cache_clear()
    assert kmember._header_index(str(root)) == {("struct", "alpha"): ["linux/a.h"]}
    assert len(list((tmp_path / "cache/derived").iterdir())) == 1
    # a header added in a directory of the tree (as a package upgrade does)
    (root / "include/linux/b.h").write_text("typedef struct beta {\n} beta_t;\n")
    st = (root / "include/linux").stat()
    os.utime(root / "include/linux", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    kmember._header_index.cache_clear()
    assert kmember._header_index(str(root)) == {("struct", "alpha"): ["linux/a.h"],
                                                ("struct", "beta"): ["linux/b.h"]}
    kmember._header_index.cache_clear()
