"""The twenty-ninth real-script sample's fixes (docs/translate-real-scripts.md).

1. `//` comments on consecutive lines inside a D clause are one comment, as they
   are above a clause and in stap: maramihali/DTrace-Tutorials' speculate_open.d
   explains `speculation()` in three `//` lines, which the stap port wrote as three
   `#` comments with a blank line between each."""

from __future__ import annotations

from xtrace import frontends
from xtrace.ir import nodes as ir
from translating import translated

# maramihali/DTrace-Tutorials' speculate_open.d, its first clause
SPECULATE_OPEN = ('syscall::open:entry\n'
                  '{\n'
                  '    // create a new speculation\n'
                  '    // if this fails detrace will generate an error message\n'
                  '    // but subsequent calls are going to be discarded (silently!)\n'
                  '    self->spec = speculation();\n'
                  '    speculate(self->spec);\n'
                  '\n'
                  '    // printf speculatively traced because it follows speculate()\n'
                  '    // will appear in the buffer iff the speculation is committed\n'
                  '    printf("%s", stringof(copyinstr(arg0)));\n'
                  '}\n')


def _comments(text: str) -> list[str]:
    prog = frontends.parse(text, "t.d", "d")
    return [s.text for p in prog.probes for s in ir.walk(p.body) if isinstance(s, ir.Comment)]


def test_consecutive_line_comments_in_a_clause_are_one_comment():
    assert _comments(SPECULATE_OPEN) == [
        "create a new speculation\nif this fails detrace will generate an error message\n"
        "but subsequent calls are going to be discarded (silently!)",
        "printf speculatively traced because it follows speculate()\n"
        "will appear in the buffer iff the speculation is committed"]


def test_the_stap_port_writes_a_run_of_line_comments_as_one_block():
    # (inside the try block that the port's faulting copyinstr() needs)
    stp = "\n".join(ln.strip() for ln in translated(SPECULATE_OPEN, "stap", "d").splitlines())
    assert ("# create a new speculation\n"
            "# if this fails detrace will generate an error message\n"
            "# but subsequent calls are going to be discarded (silently!)\n") in stp
    assert ("# printf speculatively traced because it follows speculate()\n"
            "# will appear in the buffer iff the speculation is committed\n") in stp


def test_the_vue_port_writes_it_as_one_block_comment():
    text = 'BEGIN\n{\n    // first\n    // second\n    printf("x\\n");\n    exit(0);\n}\n'
    assert "    /*\n     * first\n     * second\n     */\n" in translated(text, "vue", "d")


def test_a_comment_trailing_code_stays_its_own_and_a_gap_splits_runs():
    text = ('BEGIN\n{\n    x = 1; // trails x\n    // above y\n    // still above y\n'
            '    y = x;\n    // one\n\n    // two\n    printf("%d\\n", y);\n    exit(0);\n}\n')
    assert _comments(text) == ["trails x", "above y\nstill above y", "one", "two"]
    stp = translated(text, "stap", "d")
    assert "x = 1  # trails x\n" in stp
    assert "    # above y\n    # still above y\n    y = x\n" in stp
