"""User-space SDT markers (stap's process("PATH").mark("NAME")) in the sandbox
kernel, on the markers CPython 3.11 is built with: function__entry(filename,
funcname, lineno) and friends, each behind a semaphore that the kernel's uprobe
reference counter raises while the probe is armed (without it python would
never compute the arguments, and the marker would never be reached)."""

from __future__ import annotations

from conftest import build_host_program

PY = "/usr/bin/python3.11"
# foo is called twice, bar once, from a script given on the command line (<string>)
PROG = "def foo(): pass\\ndef bar(): foo()\\nfoo()\\nbar()"
CMD = f"{PY} -S -c \"exec('{PROG}')\""


# CPython 3.11 reports function__entry from its tracing path, which it takes only
# while the line marker's semaphore is raised as well (ceval's DISPATCH ORs
# PyDTrace_LINE_ENABLED() into the opcode): a script on function__entry alone
# sees only the few frames entered from C (generators resumed), under stap too.
LINES_ON = f'probe process("{PY}").mark("line") {{ lines++ }}\n'


def _entries(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("<string> ")
            and "<module>" not in line]


def test_function_entry_reads_filename_funcname_and_line(run_script):
    script = ("global lines\n" + LINES_ON +
              f'probe process("{PY}").mark("function__entry") {{ if (pid() == target()) '
              'printf("%s %s %d\\n", user_string($arg1), user_string($arg2), $arg3) }\n')
    r = run_script(script, "stap", cmd=CMD)
    got = _entries(r.stdout)
    assert got == ["<string> foo 1", "<string> bar 2", "<string> foo 1"], r.stdout + r.stderr
    assert r.exit_status == 0 and "lines=" in r.stdout  # the unread global, auto-printed


def test_function_entry_alone_fires_only_from_c(run_script):
    # the semaphore of function__entry is raised (the marker fires), but CPython
    # takes the path that reaches it for Python-to-Python calls only with `line` on
    script = (f'probe process("{PY}").mark("function__entry") {{ if (pid() == target() && '
              'user_string($arg2) == "foo") println("foo") }\n')
    r = run_script(script, "stap", cmd=CMD)
    assert r.stdout == "", r.stdout


def test_mark_of_the_target_with_glob_and_context_vars(run_script):
    # process.mark: the -c command's program; a glob picks entry and return;
    # $$name is the marker that fired, $$provider its provider, pp() names it
    script = ('global n\n'
              'probe process.mark("function__*"), process.mark("line") { if (pid() == target() && '
              'user_string($arg1) == "<string>" && user_string($arg2) != "<module>") { n[$$name]++; '
              'if (user_string($arg2) == "bar" && $$name != "line") '
              'printf("%s %s %s\\n", $$provider, $$name, pp()) } }\n'
              'probe end { foreach (k+ in n) printf("%s=%d\\n", k, n[k]) }\n')
    r = run_script(script, "stap", cmd=CMD)
    # (a one-line function reports no line of its own: its body is on the line it
    # starts, which python's line marker does not report again)
    assert r.stdout == (f'python function__entry process("{PY}").mark("function__entry")\n'
                        f'python function__return process("{PY}").mark("function__return")\n'
                        "function__entry=3\nfunction__return=3\n"), r.stdout + r.stderr


def test_parms_prints_every_argument_in_hex(run_script):
    script = ("global lines\n" + LINES_ON +
              f'probe process("{PY}").mark("function__entry") {{ if (pid() == target() && '
              'user_string($arg2) == "bar") { println($$parms); println($arg3) } }\n')
    r = run_script(script, "stap", cmd=CMD)
    lines = [x for x in r.stdout.splitlines() if not x.startswith("lines=")]
    assert len(lines) == 2, r.stdout + r.stderr
    words = lines[0].split()
    assert [w.split("=")[0] for w in words] == ["arg1", "arg2", "arg3"], lines
    assert words[2] == "arg3=0x2" and words[0].startswith("arg1=0x"), lines
    assert lines[1] == "2"


def test_d_usdt_provider_of_the_target(run_script):
    # D's USDT: provider `python` of the -c process, `-` for the marker's `__`;
    # arg0.. are the marker's arguments, probeprov has the pid, probemod the file
    script = ('#pragma D option quiet\npython$target:::function-entry\n'
              '/copyinstr(arg0) == "<string>" && copyinstr(arg1) != "<module>"/\n'
              '{ printf("%s %d %s %s %d\\n", copyinstr(arg1), arg2, probename, probemod, '
              'probeprov == strjoin("python", lltostr(pid))); }\n'
              'python$target:::line { }\n')
    r = run_script(script, "d", cmd=CMD)
    got = [x for x in r.stdout.splitlines() if x]
    assert got == ["foo 1 function-entry python3.11 1", "bar 2 function-entry python3.11 1",
                   "foo 1 function-entry python3.11 1"], r.stdout + r.stderr


LIBSTDCXX = "/usr/lib/x86_64-linux-gnu/libstdc++.so.6"
THROWER = r'''
#include <cstdio>
#include <typeinfo>
struct Oops {};
int main() {
    // the probes read the type names without faulting: have their pages in first
    std::printf("%s %s\n", typeid(int).name(), typeid(Oops).name());
    int n = 0;
    for (int i = 0; i < 3; i++) {
        try { if (i == 1) throw Oops(); throw 42; } catch (int) { n++; } catch (Oops &) { n += 10; }
    }
    std::printf("%d\n", n);
    return 0;
}
'''


def test_library_markers_without_semaphore_and_a_memory_argument(run_script):
    # libstdc++'s throw (8@%rdi 8@%rsi) and catch (8@%rdx 8@-80(%rbx)) markers: in a
    # shared library mapped anywhere, no semaphore; both give the exception's
    # std::type_info, whose second word is its (mangled) name (read without
    # faulting pages in, as stap reads user memory: the program touches them first)
    thrower = build_host_program("thrower", THROWER, ("-O1",), compiler="g++", suffix=".cc")
    script = (f'probe process("{LIBSTDCXX}").mark("throw"), process("{LIBSTDCXX}").mark("catch") '
              '{ if (pid() == target()) printf("%s %s\\n", $$name, user_string(user_long($arg2 + 8))) }\n')
    r = run_script(script, "stap", cmd=str(thrower))
    assert r.stdout == "throw i\ncatch i\nthrow 4Oops\ncatch 4Oops\nthrow i\ncatch i\n", \
        r.stdout + r.stderr
    assert r.cmd_out == "i 4Oops\n12\n"
