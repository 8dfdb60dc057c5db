"""The twenty-ninth real-script sample's fixes (docs/translate-real-scripts.md).

1. `//` comments on consecutive lines inside a D clause are one comment, as they
   are above a clause and in stap: maramihali/DTrace-Tutorials' speculate_open.d
   explains `speculation()` in three `//` lines, which the stap port wrote as three
   `#` comments with a blank line between each.
2. D's comma operator (`a, b`: a evaluated and discarded, b the value) in a
   predicate, a statement and parentheses: kdavyd/dtrace's trussrw.d tests
   `/i > 0, pid == $1/`, which xtrace refused ("syntax error near ','").
3. A `/**` or banner comment (`/*****`) opens with delimiters, not text.
4. sched:::enqueue/dequeue's raw arg0 is the task, as Oracle's sched provider
   gives it (DTrace-tools' runqlat.d keys its enqueue times by it)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
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


# kdavyd/dtrace's trussrw.d, its first clause
TRUSSRW = ('dtrace:::BEGIN { i = 20; }\n'
           'syscall::read:entry,\n'
           'syscall::write:entry\n'
           '/i > 0, pid == $1/\n'
           '{\n'
           '\ttrace(i--);\n'
           '\tprintf("\\n[%s] , %s, %s(%d, 0x%x, %4d)", execname, probename, probefunc, arg0, arg1, arg2);\n'
           '}\n')


def test_a_comma_predicate_is_its_last_operand():
    """2. D's comma operator: `/i > 0, pid == $1/` tests `pid == $1` (DTrace
    evaluates `i > 0` and discards it), where xtrace said "syntax error near ','"."""
    prog = frontends.parse(TRUSSRW, "t.d", "d", args=("1",))
    pred = prog.probes[1].predicate
    assert isinstance(pred, ir.Binary) and pred.op == "=="
    stp = translate_text(TRUSSRW, "t.d", "d", "stap", args=("1",))
    frontends.parse(stp, "back.stp", "stap", args=("1",))
    assert "if (pid() != $1) next\n" in stp and "i > 0" not in stp and "i <= 0" not in stp


def test_comma_statements_and_parentheses():
    text = 'BEGIN\n{\n\ti = 3;\n\tj = (i, i * 10);\n\tx = 1, y = 2;\n\tprintf("%d %d %d %d\\n", i, j, x, y);\n}\n'
    stp = translated(text, "stap", "d")
    assert "    j = i * 10\n    x = 1\n    y = 2\n" in stp


@pytest.mark.parametrize("text, message", [
    ('BEGIN\n{\n\ttrace(1), printf("x\\n");\n}\n', "operator , operands cannot be actions"),
    ('BEGIN\n/(x = 1), 2/\n{\n\texit(0);\n}\n',
     "a comma expression whose left operand stores, calls or reads memory, outside a statement"),
    ('BEGIN\n{\n\tx = 2;\n}\nBEGIN\n/x / 0, 2/\n{\n\texit(0);\n}\n', "left operand stores"),
])
def test_comma_operands_the_lowering_refuses(text, message):
    with pytest.raises(XtraceError) as e:
        frontends.parse(text, "t.d", "d")
    assert message in str(e.value) and e.value.loc is not None


def test_a_doc_comment_opener_is_no_line_of_text():
    """3. `/**` opens maramihali/DTrace-Tutorials' scripts: the stap port's first
    line was `# *`, the opener's second star."""
    from xtrace.frontends.common import comment_body
    assert comment_body("/**\n * Example of using the normalize function\n * to print data.\n */") == \
        "Example of using the normalize function\nto print data."
    assert comment_body("/** one */") == "one"
    assert comment_body("/*****\n * banner\n *****/") == "banner"
    assert comment_body("/* 2 * 3 */") == "2 * 3"
    text = ('/**\n * Example of using the normalize function\n */\n\n'
            'BEGIN\n{\n    /** why */\n    exit(0);\n}\n')
    stp = translated(text, "stap", "d")
    assert stp.startswith("# Example of using the normalize function\n\n")
    assert "    # why\n" in stp and "# *" not in stp


# Brendan Gregg's DTrace-tools sched/runqlat.d, its two probes
RUNQLAT = ('sched:::enqueue\n{\n\tts[arg0] = timestamp\n}\n\n'
           'sched:::on-cpu\n/this->start = ts[(int64_t)curthread]/\n{\n'
           '\tthis->time = (timestamp - this->start) / 1000000;\n'
           '\t@max_ms = max(this->time);\n\tts[(int64_t)curthread] = 0;\n}\n')


def test_sched_enqueue_arg0_is_the_task():
    """4. sched:::enqueue's raw arg0 is the task being enqueued (Oracle's sched
    provider moves the hooks' second argument there), arg1 0, arg2 the flags'
    ENQUEUE_HEAD; xtrace read the hooks' own first argument, the run queue, so
    runqlat.d's `ts[arg0]` never met on-cpu's `ts[(int64_t)curthread]`."""
    prog = frontends.parse(RUNQLAT, "t.d", "d")
    store = next(s for s in ir.walk(prog.probes[0].body) if isinstance(s, ir.Assign))
    key = store.target.keys[0]
    assert isinstance(key, ir.Translated) and key.text == "arg0"
    assert isinstance(key.value, ir.Cast) and key.value.operand == ir.ProbeArg("p")
    stp = translated(RUNQLAT, "stap", "d")
    assert "    ts[$p] = ktime_get_ns()\n" in stp
    assert "ts[task_current()]" in stp


def test_dequeue_raw_args_and_other_probes_keep_theirs():
    text = ('sched:::dequeue\n{\n\ttrace(arg1);\n\ttrace(arg2);\n}\n'
            'fbt::enqueue_task_fair:entry\n{\n\ttrace(arg0);\n}\n')
    prog = frontends.parse(text, "t.d", "d")
    deq = [s.expr for s in ir.walk(prog.probes[0].body) if isinstance(s, ir.Trace)]
    assert deq[0] == ir.Translated("arg1", ir.IntLit(0))
    assert deq[1] == ir.Translated("arg2", ir.ProbeArg("flags"))
    fbt = [s.expr for s in ir.walk(prog.probes[1].body) if isinstance(s, ir.Trace)]
    assert fbt == [ir.Builtin("arg0")]
