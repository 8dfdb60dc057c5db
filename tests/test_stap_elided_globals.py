"""A global only the statements stap's optimizer deletes read is left out of a
port, with them (frontends/stap/elided_globals.py)."""

from xtrace import frontends


def _globals(src: str, port: bool) -> list[str]:
    return [g.name for g in frontends.parse(src, "t.stp", "stap", (), port=port).globals]


def test_a_global_only_deleted_code_reads_is_left_out_of_a_port():
    src = "global zero = 0, kept = 1\nprobe begin { q = 10 / zero; r = kept / zero; println(kept); exit() }\n"
    assert _globals(src, port=True) == ["kept"]
    assert _globals(src, port=False) == ["zero", "kept"]  # stap's own run checks it all


def test_a_global_the_kept_code_also_names_stays():
    src = "global zero = 0\nprobe begin { q = 10 / zero; zero = 2; exit() }\n"
    assert _globals(src, port=True) == ["zero"]
