"""Translations run in the sandbox print what the original prints: the D
original and its stap translation are both checked against DTrace's output,
written by hand from DTrace's rules (dt_consume.c, dt_aggregate.c)."""

from __future__ import annotations

import re

from xtrace.driver.translate import translate_text

HEAD = "           value  ------------- Distribution ------------- count    \n"
BAR40 = "@" * 40


def _both(run_script, d: str, expected: str, cmd: str | None = None) -> str:
    """Run `d` and its stap translation; both must print `expected` (the CPU column
    of DTrace's probe lines masked as `  C`). The stap text."""
    stp = translate_text(d, "t.d", "d", "stap")
    for text, lang in ((d, "d"), (stp, "stap")):
        r = run_script(text, lang, cmd=cmd)
        assert r.exit_status == 0, (lang, r.stderr)
        out = re.sub(r"(?m)^[ 0-9]{3} ( +[0-9]+ +\S*:)", r"  C \1", r.stdout)
        assert out == expected, (lang, stp)
    return stp


def _row(key: str, value: int) -> str:
    """DTrace's default row of a string-keyed aggregation: `  %-50s %16d`."""
    return f"  {key:<50} {value:>16}\n"


def test_keyed_quantize_prints_dtraces_blocks_in_dtraces_order(run_script):
    # "b" sorts first: libdtrace orders by the bucket-weighted sum (3 * 1 < 64).
    d = """#pragma D option quiet
BEGIN { @["a"] = quantize(100); @["b"] = quantize(1); @["b"] = quantize(1); @["b"] = quantize(1);
        exit(0); }
"""
    expected = (
        "\n"
        "  b                                                 \n" + HEAD +
        "               0 |                                         0        \n"
        "               1 |" + BAR40 + " 3        \n"
        "               2 |                                         0        \n"
        "\n"
        "  a                                                 \n" + HEAD +
        "              32 |                                         0        \n"
        "              64 |" + BAR40 + " 1        \n"
        "             128 |                                         0        \n"
        "\n")
    stp = _both(run_script, d, expected)
    assert "quantize_bucket(100)" in stp and "Distribution" in stp


def test_lquantize_with_both_outer_buckets(run_script):
    d = """#pragma D option quiet
BEGIN { @ = lquantize(-1, 0, 10, 5); @ = lquantize(0, 0, 10, 5); @ = lquantize(7, 0, 10, 5);
        @ = lquantize(12, 0, 10, 5); @ = lquantize(12, 0, 10, 5); exit(0); }
"""
    expected = ("\n\n" + HEAD +
                "             < 0 |@@@@@@@@                                 1        \n"
                "               0 |@@@@@@@@                                 1        \n"
                "               5 |@@@@@@@@                                 1        \n"
                "           >= 10 |@@@@@@@@@@@@@@@@                         2        \n"
                "\n")
    _both(run_script, d, expected)


def test_llquantize_and_printa_with_the_block_at_the_value(run_script):
    d = """#pragma D option quiet
BEGIN { @l[1] = llquantize(5, 10, 0, 2, 10); @l[1] = llquantize(150, 10, 0, 2, 10);
        printa("k=%d{%@d}\\n", @l); exit(0); }
"""
    expected = ("k=1{\n" + HEAD +
                "               4 |                                         0        \n"
                "               5 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
                "               6 |                                         0        \n"
                "               7 |                                         0        \n"
                "               8 |                                         0        \n"
                "               9 |                                         0        \n"
                "              10 |                                         0        \n"
                "              20 |                                         0        \n"
                "              30 |                                         0        \n"
                "              40 |                                         0        \n"
                "              50 |                                         0        \n"
                "              60 |                                         0        \n"
                "              70 |                                         0        \n"
                "              80 |                                         0        \n"
                "              90 |                                         0        \n"
                "             100 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
                "             200 |                                         0        \n"
                "}\n")
    _both(run_script, d, expected)


def test_printa_of_two_aggregations_joined_on_their_keys(run_script):
    # "z" is only in @t: @n shows 0 there; rows sorted by @n's value.
    d = """#pragma D option quiet
BEGIN { @n["x"] = count(); @n["y"] = count(); @n["y"] = count();
        @t["x"] = sum(5); @t["y"] = sum(7); @t["z"] = sum(1);
        printa("%s %@d %@d\\n", @n, @t); exit(0); }
"""
    stp = _both(run_script, d, "z 0 1\nx 1 5\ny 2 7\n")
    assert "printa_rows" in stp


def test_trunc_keeps_the_largest_and_normalize_divides(run_script):
    d = """#pragma D option quiet
BEGIN { @c["a"] = sum(3); @c["b"] = sum(1); @c["c"] = sum(2); @c["d"] = sum(5);
        trunc(@c, 2); @c["b"] = sum(10);
        @s["x"] = sum(100); @s["y"] = sum(35); normalize(@s, 10);
        @gone["k"] = count(); trunc(@gone); exit(0); }
"""
    # (@gone, emptied by its trunc(), prints nothing at exit, not even its blank line:
    # dtrace's exit dump walks the aggregations' records, and it has none left)
    # (and dtrace's one blank line before the dump's rows, none between two aggregations)
    expected = "\n" + _row("a", 3) + _row("d", 5) + _row("b", 10) + _row("y", 3) + _row("x", 10)
    stp = _both(run_script, d, expected)
    assert "s_scale = 10" in stp and "delete gone" in stp


def test_non_quiet_framing_of_tick_and_syscall_probes_and_trace(run_script):
    # IDs: BEGIN 1, END 2, ERROR 3, then read (syscall 0) entry 4 and return 5, then
    # the tick, 6. trace() of an int constant is ` %10d`, of a string `  %-33s`.
    d = """int done;
BEGIN { trace(7); trace("s"); }
syscall::read:entry /execname == "cat" && !done/ { done = 1; printf("r"); }
tick-10ms /done/ { exit(0); }
"""
    expected = ("CPU     ID                    FUNCTION:NAME\n"
                "  C      1                           :BEGIN           7  s                                \n"
                "  C      4                       read:entry r\n"
                "  C      6                       :tick-10ms \n")
    stp = _both(run_script, d, expected, cmd="cat /etc/hostname")
    assert '"read:entry"' in stp and "cpu()" in stp


def test_stddev_is_libdtraces_integer_square_root(run_script):
    # a: 2, 4, 9: avg(x^2) = 101 / 3 = 33, avg 5, sqrt(8) = 2; b: -3, -3: 0;
    # c: 100, 0: 5000 - 2500, sqrt 50. Sorted by the deviation.
    d = """#pragma D option quiet
BEGIN { @s["a"] = stddev(2); @s["a"] = stddev(4); @s["a"] = stddev(9);
        @s["b"] = stddev(-3); @s["b"] = stddev(-3); @s["c"] = stddev(100); @s["c"] = stddev(0);
        @u = stddev(3); @u = stddev(5); exit(0); }
"""
    expected = "\n" + _row("b", 0) + _row("a", 2) + _row("c", 50) + f" {1:>16}\n"  # (one blank line)
    stp = _both(run_script, d, expected)
    assert "dtrace_stddev(" in stp and "s_sumsq" in stp


def test_non_quiet_framing_of_a_probe_with_several_sites(run_script):
    # One clause on read and write: each line names the site that fired, with its
    # ID (read entry 4, write entry 6: syscalls by number, entry and return each).
    d = """int seen[string];
syscall::read:entry, syscall::write:entry /execname == "cat" && !seen[probefunc]/
{ seen[probefunc] = 1; printf("x"); }
tick-10ms /seen["write"]/ { exit(0); }
"""
    expected = ("CPU     ID                    FUNCTION:NAME\n"
                "  C      4                       read:entry x\n"
                "  C      6                      write:entry x\n"
                "  C      8                       :tick-10ms \n")
    stp = _both(run_script, d, expected, cmd="cat /etc/hostname")
    assert 'dtrace_probe_id["write"] = 6' in stp


def test_clear_keeps_the_keys_with_zero(run_script):
    # DTrace's clear() zeroes the values and keeps the keys: the next printa shows
    # them with 0 (sorted by value, then key). In stap, a plain array.
    d = """#pragma D option quiet
BEGIN { @c["a"] = count(); @c["b"] = count(); @c["b"] = count(); @s["x"] = sum(5);
        printa(@c); clear(@c); clear(@s); @c["z"] = count();
        printa(@c); printa("%s %@d\\n", @s); exit(0); }
"""
    expected = ("\n" + _row("a", 1) + _row("b", 2) + "\n" + _row("a", 0) + _row("b", 0) + _row("z", 1)
                + "x 0\n")
    stp = _both(run_script, d, expected)
    assert "foreach ([key] in c_keys)\n        c[key] = 0" in stp and 'c["z"]++' in stp


def test_a_library_function_of_the_target_counts_the_target_only_in_every_port(run_script):
    # The target calls libc's getppid() once, its child twice (before and after its
    # exec). D's pid$target:libc.so.6 counts the target's call; stap's
    # process("libc.so.6") probe fires in every process, so its port tests
    # pid() != target() first, and Vue's says $__CPID: each prints 1.
    from test_kernel_uprobes import FORK_SRC
    from conftest import build_host_program
    exe = build_host_program("uforks", FORK_SRC, ("-O2", "-pthread"))
    d = ('#pragma D option quiet\n'
         'pid$target:libc.so.6:getppid:entry { @n = count(); }\n'
         'END { printa("calls %@d\\n", @n); }\n')
    stp = translate_text(d, "t.d", "d", "stap")
    assert "if (pid() != target()) next" in stp, stp
    vue = translate_text(d, "t.d", "d", "vue")
    for text, lang in ((d, "d"), (stp, "stap"), (vue, "vue")):
        r = run_script(text, lang, cmd=str(exe))
        assert r.stdout == "calls 1\n", (lang, r.stdout, r.stderr, text)
    # without the test, stap's probe counts the child's calls too (and any other
    # process's: the guest's shell that starts the command makes one)
    r = run_script(stp.replace("if (pid() != target()) next", ""), "stap", cmd=str(exe))
    assert re.fullmatch(r"calls (\d+)\n", r.stdout) and int(r.stdout.split()[1]) >= 3, (r.stdout, r.stderr)


def test_a_fresh_cache_translation_reads_the_sandbox_kernels_types(tmp_path):
    """Before any `xtrace run` boots the sandbox, the cache has no copy of the kernel's
    BTF: the first translation that reads a kernel member boots the VM once to take it
    (it refused the member as if the kernel had no BTF)."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    from xtrace.sandbox.kernel import ensure_kernel
    kinfo = ensure_kernel()  # translation's kernel: the default sandbox kernel, whatever the matrix
    fresh = tmp_path / "xtrace" / "kernels" / kinfo.release
    fresh.mkdir(parents=True)
    (fresh / "root").symlink_to(Path(kinfo.cache_dir) / "root")  # the unpacked kernel, not its captures
    script = tmp_path / "m.d"
    script.write_text("fbt::vfs_read:entry { @[stringof(args[0]->f_path.dentry->d_name.name)] = count(); }\n")
    r = subprocess.run([sys.executable, "-m", "xtrace", "translate", "--to", "stp", str(script)],
                       capture_output=True, text=True, timeout=600,
                       env={**os.environ, "XDG_CACHE_HOME": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert "$file->f_path->dentry->d_name->name" in r.stdout
    assert "types in the sandbox VM (once" in r.stderr
    assert (fresh / "btf.bin").stat().st_size > 0
