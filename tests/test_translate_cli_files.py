"""`xtrace translate` over many files (issue 7: `-o DIR`, stdin and stdout): porting a
library of scripts, one that the target cannot say is reported at its file:line:col
and the others are still written; two scripts that would be written under one name
are refused before anything is written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _xtrace(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", *argv],
                          capture_output=True, text=True, input=stdin)


def _scripts(tmp_path: Path) -> list[str]:
    (tmp_path / "count.d").write_text("syscall::read:entry { @n[execname] = count(); }\n")
    (tmp_path / "bad.stp").write_text('probe syscall.read { for (i = 0; i < 30; i++) printf("%d\\n", i) }\n')
    (tmp_path / "hello.e").write_text('@@BEGIN { printf("hello\\n"); exit(); }\n')
    return [str(tmp_path / n) for n in ("count.d", "bad.stp", "hello.e")]


def test_o_dir_writes_every_translation_that_can_be_made_and_names_the_others(tmp_path):
    out = tmp_path / "out"
    r = _xtrace("--to", "d", "-o", str(out), *_scripts(tmp_path))
    assert r.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["count.d", "hello.d"]
    assert 'printf("hello\\n");' in (out / "hello.d").read_text()
    assert "@n[execname] = count();" in (out / "count.d").read_text()
    assert r.stderr.startswith(f"{tmp_path / 'bad.stp'}:1:22: error: D has no loops")
    assert "Traceback" not in r.stderr


def test_many_files_to_stdout_one_after_another(tmp_path):
    count, _, hello = _scripts(tmp_path)
    r = _xtrace("--to", "stp", count, hello)
    assert r.returncode == 0, r.stderr
    assert r.stdout.index("probe syscall.read") < r.stdout.index('printf("hello\\n")')


def test_stdin_with_from_and_stdout(tmp_path):
    r = _xtrace("--to", "vue", "--from", "d", "-",
                stdin="#pragma D option quiet\nBEGIN { printf(\"hi\\n\"); exit(0); }\n")
    assert r.returncode == 0, r.stderr
    assert "@@BEGIN" in r.stdout and "exit();" in r.stdout
    r = _xtrace("--to", "d", "-o", str(tmp_path / "o"), "-", stdin='probe begin { println("hi") exit() }\n')
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o" / "stdin.d").read_text().count('printf("hi\\n");') == 1


def test_from_takes_the_names_to_takes():
    """`--from stp` / `--from e` as `--to stp` / `--to e` (the file extensions): a stap
    port piped back with the name it was written under."""
    r = _xtrace("--to", "d", "--from", "stp", "-", stdin='probe begin { println("hi") exit() }\n')
    assert r.returncode == 0, r.stderr
    assert 'printf("hi\\n");' in r.stdout
    r = _xtrace("--to", "stp", "--from", "e", "-", stdin='@@BEGIN { printf("hi\\n"); exit(); }\n')
    assert r.returncode == 0, r.stderr
    assert "probe begin" in r.stdout
    r = _xtrace("--to", "d", "--from", "cobol", "-", stdin="x\n")
    assert r.returncode == 2
    assert "unknown language 'cobol' (choose from d, stap (stp), vue (e))" in r.stderr


def test_two_scripts_of_one_name_are_refused_before_writing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for d in ("a", "b"):
        (tmp_path / d / "x.d").write_text("BEGIN { exit(0); }\n")
    r = _xtrace("--to", "stp", "-o", str(tmp_path / "o"), str(tmp_path / "a" / "x.d"), str(tmp_path / "b" / "x.d"))
    assert r.returncode == 2
    assert r.stderr.strip() == (f"xtrace: error: -o: {tmp_path / 'a' / 'x.d'} and {tmp_path / 'b' / 'x.d'} "
                                "would both be written as x.stp")
    assert not (tmp_path / "o").exists()


def test_one_refused_file_alone_keeps_its_own_error(tmp_path):
    bad = _scripts(tmp_path)[1]
    r = _xtrace("--to", "d", bad)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.count("D has no loops") == 1
