"""stap's kernel memory readers (kernel_int(), kernel_long() ...) and D's loads
through a typed pointer (`*(int *)p`) port to each other as the same read."""

from __future__ import annotations

from xtrace.driver.translate import translate_text

STAP = """probe kernel.function("vfs_read") {
    printf("%d %d %d %d\\n", kernel_int(&$file->f_flags), kernel_long(&$file->f_pos),
           kernel_char($file), kernel_short($file))
    exit()
}
"""


def test_stap_kernel_readers_are_d_loads_through_typed_pointers():
    d = translate_text(STAP, "k.stp", "stap", "d")
    assert "*(int *)&args[0]->f_flags" in d
    assert "*(long *)&args[0]->f_pos" in d
    assert "*(char *)args[0]" in d and "*(short *)args[0]" in d


def test_d_typed_loads_are_the_tapset_readers_without_a_cast_helper():
    d = """BEGIN { printf("%d %d\\n", *(int *)curthread, *(char *)curthread); exit(0); }
"""
    stp = translate_text(d, "k.d", "d", "stap")
    assert "kernel_int(task_current())" in stp and "kernel_char(task_current())" in stp
    assert "dtrace_int" not in stp  # kernel_int() is already the signed 32-bit value


def test_the_d_port_reads_back_as_the_same_stap_reads():
    d = translate_text(STAP, "k.stp", "stap", "d")
    back = translate_text(d, "k.d", "d", "stap")
    for reader in ("kernel_int(&$file->f_flags)", "kernel_long(&$file->f_pos)",
                   "kernel_char($file)", "kernel_short($file)"):
        assert reader in back, back
