"""The equivalence matrix's bookkeeping (the sandbox runs are `python -m
xtrace.conformance --matrix`; here: what is translated, where, and the table)."""

from __future__ import annotations

from pathlib import Path

from xtrace.conformance.cases import Case
from xtrace.conformance.matrix import Cell, eligible, render_matrix, translate_case


def _case(tmp: Path, name: str, text: str, out: str, status: int | None = None) -> Case:
    (tmp / "d").mkdir(exist_ok=True)
    p = tmp / "d" / name
    p.write_text(text)
    p.with_suffix(".out").write_text(out)
    if status is not None:
        p.with_suffix(".status").write_text(f"{status}\n")
    return Case(p)


def test_a_translation_carries_the_source_expectations(tmp_path):
    case = _case(tmp_path, "hello.d", 'BEGIN { printf("hi\\n"); exit(0); }\n', "hi\n")
    (tmp_path / "d" / "hello.cmd").write_text("/bin/true\n")
    cell = translate_case(case, "stap", tmp_path / "work")
    assert cell.translated is not None and cell.translated.lang == "stap"
    assert "probe begin" in cell.translated.source
    assert cell.translated.expected_out == "hi\n" and cell.translated.cmd == "/bin/true"
    assert cell.translated.expected_err == []


def test_untranslatable_cases_keep_the_reason(tmp_path):
    case = _case(tmp_path, "len.d", 'BEGIN { printf("%d\\n", strlen(execname)); exit(0); }\n', "")
    cell = translate_case(case, "vue", tmp_path / "work")
    assert cell.translated is None and cell.reason


def test_compile_error_cases_are_not_eligible(tmp_path):
    assert not eligible(_case(tmp_path, "bad.d", "BEGIN { x = ; }\n", "", status=1))
    assert eligible(_case(tmp_path, "ok.d", 'BEGIN { printf("x\\n"); exit(0); }\n', "x\n"))


def test_the_table_counts_per_direction(tmp_path):
    a = _case(tmp_path, "a.d", "BEGIN { exit(0); }\n", "x\n")
    cells = [Cell(a, "stap", ok=True), Cell(a, "vue", reason="no loops")]
    text = render_matrix(cells)
    assert "| d | - | 1/1 | 0/1 |" in text
    assert "d/a.d -> vue: no loops" in text


def test_arguments_go_to_a_translation_only_where_it_still_reads_them(tmp_path):
    # D's $1 stays $1 in stap, so the stap run needs the argument; stap's are
    # written into the translation as stap parses them, and D refuses unused ones.
    d = _case(tmp_path, "args.d", 'BEGIN { printf("%d\\n", $1); exit(0); }\n', "7\n")
    (tmp_path / "d" / "args.args").write_text("7\n")
    assert translate_case(d, "stap", tmp_path / "w1").translated.args == ("7",)
    (tmp_path / "stap").mkdir()
    s = tmp_path / "stap" / "args.stp"
    s.write_text('probe begin { printf("%d\\n", $1); exit() }\n')
    s.with_suffix(".out").write_text("7\n")
    s.with_suffix(".args").write_text("7\n")
    cell = translate_case(Case(s), "d", tmp_path / "w2")
    assert "7" in cell.translated.source and not cell.translated.args


def test_a_prep_directory_is_shared_by_a_case_and_its_ports(tmp_path, monkeypatch):
    # conformance/prep.py: `.prep` makes files in $XT_PREP_DIR before the build; the
    # port runs in the original's directory under its name, so it names the same one
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path / "cache"))
    case = _case(tmp_path, "u.d", "syscall::getppid:entry { ustack(); }\n", "x\n")
    (tmp_path / "d" / "u.prep").write_text('echo made > "$XT_PREP_DIR/prog"\n')
    (tmp_path / "d" / "u.cmd").write_text('"$XT_PREP_DIR/prog" arg\n')
    (tmp_path / "d" / "u.portopts").write_text("--ldd -d $XT_PREP_DIR/prog\n")
    cell = translate_case(case, "stap", tmp_path / "work")
    port = cell.translated
    assert port is not None and port.run_dir == case.path.parent.resolve()
    assert port.cmd == case.cmd and "$" not in case.cmd and case.cmd.endswith('/prog" arg')
    # the port runs with what .portopts says (the original, a D case, has no .opts)
    assert port.ldd and port.symbol_files == (case.cmd.split('"')[1],)
    assert not case.ldd
    from xtrace.conformance.prep import run_prep
    assert run_prep(port.prep, port.run_dir, port.name) is None
    assert Path(port.symbol_files[0]).read_text() == "made\n"
    assert "status 3" in (run_prep("exit 3", port.run_dir, port.name) or "")


def test_a_stap_port_runs_with_the_string_size_its_note_asks_for(tmp_path):
    # D's strsize has no stap spelling but the command line's: the port says
    # `run with stap -DMAXSTRINGLEN=6` in its first comment, and runs so
    src = '#pragma D option strsize=5\n#pragma D option quiet\nBEGIN { printf("%s\\n", "abcdefgh"); exit(0); }\n'
    port = translate_case(_case(tmp_path, "s.d", src, "abcde\n"), "stap", tmp_path / "work").translated
    assert port is not None and "# D's strsize=5: run with stap -DMAXSTRINGLEN=6" in port.source
    assert (port.path.with_suffix(".opts")).read_text().split() == ["-D", "MAXSTRINGLEN=6"]
    plain = translate_case(_case(tmp_path, "p.d", src.split("\n", 1)[1], "abcdefgh\n"), "stap", tmp_path / "w2")
    assert not plain.translated.path.with_suffix(".opts").exists()
