"""Translations that read as a porter writes them (read14's review of the
conformance ports and the real scripts, 2026-12-05). Each test states the text a
person would write; the IR of the source is untouched by these printer changes
(tests/test_roundtrip.py), and the conformance ports whose text changed ran in the
VM (docs/translate-coverage.md, "Changed 2026-12-05 (read14)")."""

from __future__ import annotations

from translating import port as _to


# -- loop variables of aggregation keys that name nothing --------------------

def test_one_unnamed_key_is_key():
    """A key that is an expression (no variable, built-in or member to name it)
    is `key` in the port's foreach, not a generated `k1`."""
    out = _to('syscall::write:entry { @counts[strjoin(probefunc, "() calls")] = count(); }\n',
              "d", "stap")
    assert "foreach ([key] in counts @count+)" in out
    assert 'printf("  %-50s %16d\\n", key, @count(counts[key]))' in out
    assert "k1" not in out


def test_unnamed_key_beside_named_ones_is_key():
    """Beside named keys, the one unnamed key is `key` (not `k2`, its place)."""
    out = _to("syscall::write:entry { @c[execname, arg0 + 1] = count(); }\n", "d", "stap")
    assert "foreach ([comm, key] in c @count+)" in out


def test_several_unnamed_keys_are_numbered():
    """Several keys that name nothing keep their places' numbers, k1, k2."""
    out = _to("BEGIN { @c[1 + 1, 2 + 2] = count(); exit(0); }\n", "d", "stap")
    assert "foreach ([k1, k2] in c @count+)" in out


def test_stack_key_is_stack():
    """A stack() key is the `stack` its loop variable holds."""
    out = _to("profile-97 { @s[stack()] = count(); }\ntick-1s { exit(0); }\n", "d", "stap")
    assert "foreach ([stack] in s @count+)" in out


def test_two_stack_keys_are_stack1_and_stack2():
    """Two stack keys are stack1 and stack2 (not stack and stack_2, nor k1, k2)."""
    out = _to('#pragma D option quiet\nsyscall::read:entry { @[stack(1), stack(2)] = count(); }\n'
              'END { printa("<%-6k|%6k>%@d\\n", @); }\n', "d", "stap")
    assert "foreach ([stack1, stack2] in counts @count+) {" in out


def test_quantize_print_function_names_its_key():
    """The print function of a keyed quantize() takes `key`, and its comment says so."""
    out = _to('syscall::read:return { @dist[strjoin(probefunc, "x")] = quantize(arg0); }\n',
              "d", "stap")
    assert "# DTrace's distribution of @dist[key]: its buckets from one empty row" in out
    assert "function print_dist(key:string)" in out


# -- the opening comment below a script's #pragma lines ------------------------

# activity.d's layout: its options first, then its description, then the clauses
ACTIVITY = """#!/usr/sbin/dtrace -s
#pragma D option quiet

/* activity.d -- Record fork() and exec() activity */

proc:::create
{
\tp_pid[args[0]->pr_pid] = pid;
}

proc:::exit
/p_pid[pid]/
{
\tprintf("%d exited\\n", pid);
}
"""


def test_description_below_pragma_opens_the_stap_port():
    """The comment between the pragmas and the first clause is the file's opening
    comment: the stap port has it first, above the globals, as for a script without
    the pragma (the pragma itself has no stap line)."""
    out = _to(ACTIVITY, "d", "stap")
    # (then why the port's probes are try blocks: ir/clause_errors.py TRY_NOTES)
    assert out.startswith("# activity.d -- Record fork() and exec() activity\n\n"
                          "# In D a run-time error")
    assert "catch does nothing.\n\nglobal p_pid\n" in out
    assert out.count("activity.d --") == 1


def test_comment_above_pragma_stays_first():
    """A comment above the pragmas and one below both open the port, in their order."""
    src = "/* first */\n#pragma D option quiet\n" + ACTIVITY.split("\n", 2)[2]
    out = _to(src, "d", "stap")
    # (a blank line apart, as in the source, so that they read back as two comments)
    assert out.startswith("# first\n\n# activity.d -- Record fork() and exec() activity\n\n"
                          "# In D a run-time error")


def test_one_clause_split_in_vue_has_its_description_once():
    """A clause over BEGIN and a tick (two Vue clauses) below a pragma, in a file of
    two clauses: its comment is the file's and is printed once, not over each clause."""
    src = ("#pragma D option quiet\n\n/* each hit names its probe */\n"
           "BEGIN, profile:::tick-100ms\n{\n\tprintf(\"%s\\n\", probename);\n\tn++;\n}\n\n"
           "profile:::tick-100ms\n/n == 2/\n{\n\texit(0);\n}\n")
    out = _to(src, "d", "vue")
    assert out.startswith("/* each hit names its probe */\n\n__global")
    assert out.count("each hit names its probe") == 1


def test_one_clause_script_below_pragma_keeps_its_comment_on_the_clause():
    """A one-clause script's comment stays its clause's (decided 2026-12-04), pragma
    or not: countprogs.d's comment is above its probe, below the global."""
    src = ("#pragma D option quiet\n\n/* Count programs */\nproc:::exec-success\n/uid == 0/\n"
           "{\n\t@num[execname] = count();\n}\n")
    out = _to(src, "d", "stap")
    assert out.startswith("global num\n\n# Count programs\nprobe ")


# -- a long strjoin() nest in D, written in steps ------------------------------

def test_long_concatenation_into_a_local_is_strjoin_steps():
    """stap's `z = a . "-" . b . " " . c` (dot.stp) is one strjoin() a statement in the
    D port, each adding a piece to this->z, not a nest four deep."""
    src = ('probe begin {\n  a = "x"; b = "y"; c = "w"\n  z = a . "-" . b . " " . c\n'
           '  printf("%s\\n", z)\n  exit()\n}\n')
    out = _to(src, "stap", "d")
    assert ('    this->z = strjoin(this->a, "-");\n'
            '    this->z = strjoin(this->z, this->b);\n'
            '    this->z = strjoin(this->z, " ");\n'
            '    this->z = strjoin(this->z, this->c);\n') in out
    assert "strjoin(strjoin(" not in out


def test_long_concatenation_into_a_thread_variable_is_built_in_a_local():
    """A self-> target is built in this-><name> and stored once: a piece that faults
    (copyinstr of a bad address) leaves self->args as the nest left it."""
    src = ('global args\nprobe syscall.mkdir {\n  args[tid()] = "\\"" . user_string(pointer_arg(1))'
           ' . "\\", " . sprint(int_arg(2))\n}\n'
           'probe syscall.mkdir.return {\n  printf("%s\\n", args[tid()])\n  delete args[tid()]\n}\n')
    out = _to(src, "stap", "d")
    assert ('    this->args = strjoin("\\"", copyinstr(arg0));\n'
            '    this->args = strjoin(this->args, "\\", ");\n'
            '    this->args = strjoin(this->args, lltostr((int)arg1));\n'
            '    self->args = this->args;\n') in out


def test_short_or_self_reading_concatenation_stays_one_expression():
    """Three pieces read well as a nest of two; a chain that reads its own target
    (`s = s . "-" . s . "+"`) cannot be built in that target step by step."""
    out = _to('probe begin {\n  s = "a"\n  t = s . " " . s\n  s = s . "-" . s . "+"\n'
              '  printf("%s %s\\n", s, t)\n  exit()\n}\n', "stap", "d")
    assert 'this->t = strjoin(strjoin(this->s, " "), this->s);' in out
    assert 'this->s = strjoin(strjoin(strjoin(this->s, "-"), this->s), "+");' in out
