"""Telling a program with its arguments from a shell line, for the -c/-X command.

A session runs the command through /bin/sh; when the script reads the command's
pid ($target, target(), $__CPID) that pid must be the program's, so a simple
command is exec'd by the shell that announced its pid.
"""

from __future__ import annotations

import re
import shlex

# What makes a word the shell's rather than a program's: keywords and the
# builtins that have no program of their name (exec would fail on them).
_SHELL_WORDS = {"if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do",
                "done", "function", "select", "time", "{", "}", "!", "[[", "]]", ".", "source",
                "cd", "export", "unset", "set", "alias", "eval", "exit", "return", "shift", "trap",
                "umask", "wait", "read", "ulimit", "local", "readonly", "exec", "command"}


def _without_single_quoted(cmd: str) -> str:
    """`cmd` with what single quotes hold (outside double quotes) taken out: the
    shell reads none of it (`sh -c 'i=$((i+1))'` is still one program)."""
    out, i, dq = [], 0, False
    while i < len(cmd):
        ch = cmd[i]
        if ch == "\\" and i + 1 < len(cmd):
            out.append(cmd[i:i + 2])
            i += 2
            continue
        if ch == '"':
            dq = not dq
        elif ch == "'" and not dq:
            end = cmd.find("'", i + 1)
            if end < 0:
                return cmd  # an unclosed quote: the shell reports it
            out.append("''")
            i = end + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def is_simple_command(cmd: str) -> bool:
    """True when `cmd` is one program with its arguments, which `exec` can run in
    place of the shell: quotes, $ expansions, globs and redirections are fine
    (`sh -c 'a; b'`, `ls $HOME`); lists, pipes, subshells, background jobs,
    assignments and shell keywords or builtins are not."""
    bare = _without_single_quoted(cmd)
    if "\n" in bare or "#" in bare or "`" in bare or "$(" in bare:
        return False
    lex = shlex.shlex(cmd, posix=True, punctuation_chars="();|&")
    lex.whitespace_split = True
    lex.commenters = ""
    try:
        words = list(lex)
    except ValueError:  # an unclosed quote: the shell reports it
        return False
    if not words or any(w and set(w) <= set("();|&") for w in words):
        return False
    first = words[0]
    return first not in _SHELL_WORDS and not re.match(r"[A-Za-z_][A-Za-z0-9_]*=", first)
