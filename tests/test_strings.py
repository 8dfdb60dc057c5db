"""String subroutines: D, stap and Vue spellings onto the IR's string functions,
the translate printers, and the kernel runtime (runtime/xt_str.h) compiled in
user space against a few stand-in kernel definitions, so its rules are checked
without booting a kernel. Expected values come from the tools' documented
behaviour (dtrace_dif_subr for D, the string tapset for stap)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.builtins import FUNCTIONS, arity
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget

ROOT = Path(__file__).resolve().parents[1]
TARGET = KernelTarget("test", Path("/nonexistent"), {"openat": 257, "write": 1})


def lowered(src: str, lang: str) -> ir.Program:
    ext = {"d": "t.d", "stap": "t.stp", "vue": "t.e"}[lang]
    prog = frontends.parse(src, ext, lang)
    analyze(prog, TARGET)
    return prog


def calls(prog: ir.Program) -> list[tuple[str, int]]:
    out = []
    for probe in prog.probes:
        for node in ir.walk(probe.body):
            if isinstance(node, ir.Call):
                out.append((node.name, len(node.args)))
    return out


def translate(src: str, lang: str, to: str) -> str:
    return frontends.frontend(to).print_program(lowered(src, lang))


# ------------------------------------------------------------ the IR table

def test_optional_arguments_are_trailing():
    for name, (kinds, _) in FUNCTIONS.items():
        optional = [k.endswith("?") for k in kinds]
        assert optional == sorted(optional), name
    assert arity("substr") == (2, 3)
    assert arity("slice") == (3, 3)


# ------------------------------------------------------------ D

D_CALLS = {
    'substr("abc", 1)': ("substr", 2), 'substr("abc", 1, 1)': ("substr", 3),
    'index("a", "b")': ("index", 2), 'rindex("a", "b", 2)': ("rindex", 3),
    "strchr(\"a\", 'a')": ("strchr", 2), "strrchr(\"a\", 'a')": ("strrchr", 2),
    'strstr("a", "b")': ("strstr", 2), 'basename("/a")': ("basename", 1),
    'dirname("/a")': ("dirname", 1), 'cleanpath("/a/../b")': ("cleanpath", 1),
    "lltostr(1)": ("lltostr", 1),
    "lltostr(1, 16)": ("lltostr", 2), 'toupper("a")': ("toupper", 1),
    'tolower("A")': ("tolower", 1), "copyinstr(arg1, 4)": ("user_string", 2),
    "stringof(arg1)": ("kernel_string", 1), 'strtok("a,b", ",")': ("tokenize", 2),
}


@pytest.mark.parametrize("text,call", D_CALLS.items())
def test_d_subroutines_lower_to_ir_functions(text, call):
    prog = lowered(f"syscall::openat:entry {{ x = {text}; }}", "d")
    assert calls(prog) == [call]


def test_d_strtok_null_continues_and_prints_back():
    src = 'BEGIN { printf("%s %s", strtok("a,b", ","), strtok(NULL, ",")); }'
    prog = lowered(src, "d")
    assert prog.probes[0].body.stmts[0].args[1].args[0] == ir.StrLit("")
    out = frontends.frontend("d").print_program(prog)
    assert 'strtok("a,b", ",")' in out and 'strtok(NULL, ",")' in out
    assert 'tokenize("a,b", ",")' in translate(src, "d", "stap")


def test_d_stringof_a_string_is_the_string():
    prog = lowered('BEGIN { x = stringof("abc"); }', "d")
    assert calls(prog) == []
    assert prog.probes[0].body.stmts[0].expr.value == ir.StrLit("abc")


@pytest.mark.parametrize("src,fragment", [
    ('BEGIN { x = substr("a"); }', "substr( ) prototype mismatch: 1 arg passed, at least 2 expected"),
    ('BEGIN { x = substr("a", 1, 2, 3); }', "4 args passed, no more than 3 expected"),
    ('BEGIN { x = basename(1); }', "basename( ) argument #1 is incompatible with prototype:\n"
     "\tprototype: string\n\t argument: int"),
    ('BEGIN { x = strchr("a", "b"); }', "argument #2 is incompatible with prototype:\n"
     "\tprototype: char\n\t argument: string"),
])
def test_d_subroutine_argument_errors(src, fragment):
    with pytest.raises(XtraceError) as info:
        lowered(src, "d")
    assert fragment in str(info.value)


def test_d_printf_knows_string_results():
    with pytest.raises(XtraceError) as info:
        lowered('BEGIN { printf("%d", basename("/a")); }', "d")
    assert "argument #2 is incompatible with conversion #1" in str(info.value)
    lowered('BEGIN { printf("%s %d", toupper("a"), index("a", "a")); }', "d")


# ------------------------------------------------------------ stap

@pytest.mark.parametrize("text,call", {
    'substr("abc", 1, 1)': ("slice", 3), 'strpos("a", "b")': ("index", 2),
    'str_replace("a", "b", "c")': ("str_replace", 3), 'text_str("a")': ("text_str", 1),
    'string_quoted("a")': ("string_quoted", 1), 'stringat("a", 0)': ("stringat", 2),
    'strtol("1", 10)': ("strtol", 2), 'isdigit("1")': ("isdigit", 1),
    "user_string_n(1, 2)": ("user_string", 2), "kernel_string_n(1, 2)": ("kernel_string", 2),
}.items())
def test_stap_string_tapset_lowers_to_ir_functions(text, call):
    assert calls(lowered(f"probe begin {{ x = {text} }}", "stap")) == [call]


def test_stap_isinstr_is_strpos_not_minus_one():
    prog = lowered('probe begin { x = isinstr("ab", "b") }', "stap")
    value = prog.probes[0].body.stmts[0].expr.value
    assert isinstance(value, ir.Binary) and value.op == "!="
    assert value.lhs.name == "index" and value.rhs == ir.IntLit(-1)


@pytest.mark.parametrize("src,fragment", [
    ('probe begin { x = substr("a", 1) }', "substr() takes 3 arguments"),
    ('probe begin { x = strpos("a", "b", 1) }', "strpos() takes 2 arguments"),
    ('probe begin { x = isinstr("a") }', "isinstr() takes 2 arguments"),
    ('probe begin { x = text_str(1) }', "argument of text_str() must be a str"),
])
def test_stap_string_function_errors(src, fragment):
    with pytest.raises(XtraceError) as info:
        lowered(src, "stap")
    assert fragment in str(info.value)


# ------------------------------------------------------------ Vue

def test_vue_strstr_and_atoi():
    prog = lowered('@@BEGIN { String s[32]; s = strstr("ab", "b"); printf("%d\\n", atoi("1")); }',
                   "vue")
    assert calls(prog) == [("strstr", 2), ("atoi", 1)]


# ------------------------------------------------------------ translation

def test_stap_to_d_spells_d_subroutines():
    out = translate('probe begin { printf("%s %d %d\\n", substr("hello", 1, 3), strpos("ab", "b"), '
                    'isinstr("ab", "b")) }', "stap", "d")
    assert 'substr("hello", 1, 3)' in out
    assert 'index("ab", "b")' in out and 'index("ab", "b") != -1' in out


def test_stap_substr_with_computed_start_keeps_stap_rules_in_d():
    out = translate('probe begin { i = 2; printf("%s\\n", substr("hello", i, 2)) }', "stap", "d")
    assert '(this->i) >= 0 ? substr("hello", this->i, 2) : ""' in out
    out = translate('probe begin { printf("%s\\n", substr("hello", -1, 2)) }', "stap", "d")
    assert 'printf("\\n")' in out  # the empty string, written into the format


def test_d_to_stap_spells_tapset_functions():
    out = translate('BEGIN { printf("%d %d\\n", index("ab", "b"), strlen("a")); }', "d", "stap")
    assert 'strpos("ab", "b")' in out


def test_d_cleanpath_is_a_stap_function_the_translation_defines():
    out = translate('BEGIN { printf("%s %s\\n", cleanpath("/a/../b"), cleanpath(execname)); }',
                    "d", "stap")
    assert 'dtrace_cleanpath("/a/../b"), dtrace_cleanpath(execname())' in out
    assert out.count("function dtrace_cleanpath:string(dt_s:string)") == 1
    frontends.parse(out, "back.stp", "stap")


@pytest.mark.parametrize("src,to,fragment", [
    # (basename() and index() with a start are stap functions the translation defines:
    # tests/test_translate_semantics.py)
    ('BEGIN { trace(rand()); }', "stap", "rand() has no stap equivalent"),
    # quiet: a non-quiet D script is refused for Vue first (its framing has no Vue form)
    ('#pragma D option quiet\nBEGIN { printf("%s\\n", toupper("a")); }', "vue",
     "Vue has no toupper() function"),
    ('#pragma D option quiet\nBEGIN { printf("%s\\n", cleanpath("/a/../b")); }', "vue",
     "Vue has no cleanpath() function, and no way to compute it"),
])
def test_functions_without_a_spelling_are_clear_errors(src, to, fragment):
    with pytest.raises(XtraceError) as info:
        translate(src, "d", to)
    assert fragment in str(info.value)


def test_vue_round_trip_spells_strstr_and_atoi():
    out = translate('@@BEGIN { String s[32]; s = strstr("ab", "b"); printf("%d\\n", atoi("1")); }',
                    "vue", "vue")
    assert 'strstr("ab", "b")' in out and 'atoi("1")' in out


# ------------------------------------------------------------ the runtime in C

_SHIM = r"""
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef int64_t s64; typedef uint64_t u64; typedef uint32_t u32; typedef uint8_t u8;
#define __maybe_unused __attribute__((unused))
#define __always_inline inline __attribute__((always_inline))
#define min_t(t, a, b) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define max_t(t, a, b) ((t)(a) > (t)(b) ? (t)(a) : (t)(b))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define PAGE_SIZE 4096UL
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define EFAULT 14
#define EINVAL 22
#define TASK_COMM_LEN 16
#define __user
struct task_struct { char comm[TASK_COMM_LEN]; };
static struct task_struct xt_task = { "harness" };
#define current (&xt_task)
static long copy_from_user_nofault(void *d, const void *s, size_t n) { memcpy(d, s, n); return 0; }
static long copy_from_kernel_nofault(void *d, const void *s, size_t n) { memcpy(d, s, n); return 0; }
static long strscpy(char *d, const char *s, size_t n)
{ size_t l = strnlen(s, n - 1); memcpy(d, s, l); d[l] = 0; return l; }
static long simple_strtol(const char *s, char **e, unsigned int base) { return strtol(s, e, base); }
#define XT_MAXSTRINGLEN 256
#define DEFINE_PER_CPU(type, name) type name
#define raw_cpu_ptr(p) (p)
"""

_CASES = [
    # (C expression, expected printf %s / %lld text), D's rules
    ('xt_substr(d, "hello", 10, 0, false)', ""),
    ('xt_substr(d, "hello", -10, 0, false)', "hello"),
    ('xt_substr(d, "hello", -10, 7, true)', "he"),
    ('xt_substr(d, "hello", 1, -1, true)', "ell"),
    ('xt_substr(d, "hello", -3, 0, false)', "llo"),
    ('xt_substr(d, "hello", 4, 100, true)', "o"),
    ('xt_substr(d, "hello", 2, -10, true)', ""),
    ('xt_pathpart(d, "/", false)', "/"), ('xt_pathpart(d, "/", true)', "/"),
    ('xt_pathpart(d, "foo", true)', "."), ('xt_pathpart(d, "foo", false)', "foo"),
    ('xt_pathpart(d, "/foo", true)', "/"), ('xt_pathpart(d, "a/b//", false)', "b"),
    ('xt_pathpart(d, "a/b//", true)', "a"), ('xt_pathpart(d, "", true)', "."),
    ('xt_pathpart(d, "", false)', "."), ('xt_pathpart(d, "//a//b", true)', "//a"),
    # cleanpath: dtrace-utils 2.x's documented results (no trailing slash, ".." above
    # "/" is "/", a relative path keeps its unresolved "..", "" stays "", else "." when empty)
    ('xt_cleanpath(d, "/foo/../bar")', "/bar"), ('xt_cleanpath(d, "/a//b/./c")', "/a/b/c"),
    ('xt_cleanpath(d, "/foo/bar///baz/")', "/foo/bar/baz"),
    ('xt_cleanpath(d, "/foo/bar/baz/.")', "/foo/bar/baz"),
    ('xt_cleanpath(d, "/foo/bar/../../baz/.//")', "/baz"),
    ('xt_cleanpath(d, "foo/bar/./././././baz/")', "foo/bar/baz"),
    ('xt_cleanpath(d, "/../../../../../../")', "/"), ('xt_cleanpath(d, "/a/../..")', "/"),
    ('xt_cleanpath(d, "/foo/bar/baz/../../bop/bang/../../bar/baz/")', "/foo/bar/baz"),
    ('xt_cleanpath(d, "./")', "."), ('xt_cleanpath(d, "//")', "/"), ('xt_cleanpath(d, "/.")', "/"),
    ('xt_cleanpath(d, "/./.")', "/"), ('xt_cleanpath(d, ".")', "."), ('xt_cleanpath(d, "/")', "/"),
    ('xt_cleanpath(d, "")', ""), ('xt_cleanpath(d, "././a")', "a"), ('xt_cleanpath(d, "a/.")', "a"),
    ('xt_cleanpath(d, "..")', ".."), ('xt_cleanpath(d, "../../..")', "../../.."),
    ('xt_cleanpath(d, "a/..")', "."), ('xt_cleanpath(d, "a/../..")', ".."),
    ('xt_cleanpath(d, "../x/../../y")', "../../y"), ('xt_cleanpath(d, "z/a/../b")', "z/b"),
    ('xt_cleanpath(d, "a/b/../../././c///d/e")', "c/d/e"), ('xt_cleanpath(d, "/...")', "/..."),
    ('xt_cleanpath(d, "/.a/..b/.")', "/.a/..b"), ('xt_cleanpath(d, "a/")', "a"),
    # a string longer than a slot is its first XT_MAXSTRINGLEN - 1 characters
    (f'xt_cleanpath(d, "{"/a" * 150}")', "/a" * 127),
    (f'xt_cleanpath(d, "{"../" * 100}")', "/".join([".."] * 85)),
    ('xt_lltostr(d, -12345, 10)', "-12345"), ('xt_lltostr(d, 0, 10)', "0"),
    ('xt_lltostr(d, 255, 16)', "0xff"), ('xt_lltostr(d, 8, 8)', "010"),
    ('xt_lltostr(d, 0, 16)', "0x0"), ('xt_lltostr(d, 35, 36)', "z"),
    ('xt_lltostr(d, 5, 1)', ""), ('xt_lltostr(d, -9223372036854775807LL - 1, 10)',
                                  "-9223372036854775808"),
    ('xt_strchr("hello", \'l\', false)', "llo"), ('xt_strchr("hello", \'l\', true)', "lo"),
    ('xt_strchr("hello", \'z\', false)', ""), ('xt_strstr("hello", "ll")', "llo"),
    ('xt_strstr("hello", "")', "hello"), ('xt_strstr("", "a")', ""),
    ('xt_strcase(d, "MixEd 1", true)', "MIXED 1"), ('xt_strcase(d, "MixEd 1", false)', "mixed 1"),
    # stap's rules
    ('xt_slice(d, "hello", 1, 3)', "ell"), ('xt_slice(d, "hello", -1, 3)', ""),
    ('xt_slice(d, "hello", 3, 99)', "lo"), ('xt_slice(d, "hello", 5, 1)', ""),
    ('xt_slice(d, "hello", 0, -1)', ""),
    ('xt_str_replace(d, "a-b-c", "-", "+")', "a+b+c"), ('xt_str_replace(d, "aaa", "aa", "b")', "ba"),
    ('xt_str_replace(d, "abc", "", "x")', "abc"), ('xt_str_replace(d, "abc", "b", "")', "ac"),
    ('xt_text_str(d, "a\\tb\\n\\"\\\\", false)', 'a\\tb\\n\\"\\\\'),
    ('xt_text_str(d, "\\001\\177", false)', "\\001\\177"),
    ('xt_text_str(d, "caf\\303\\251", false)', "caf\\u00e9"),
    ('xt_text_str(d, "\\360\\237\\230\\200", false)', "\\U0001f600"),
    ('xt_text_str(d, "\\303(", false)', "\\303("),
    ('xt_text_str(d, "hi", true)', '"hi"'), ('xt_text_str(d, "", true)', '""'),
    # text_strn(s, len, quoted): len output characters at most, the quotes and
    # "..." included (stap's _stp_text_str with outlen = len)
    ('xt_text_strn(d, "hello\\tworld", 8, false)', "hello\\tw"),
    ('xt_text_strn(d, "hello world", 8, true)', '"hel"...'),
    ('xt_text_strn(d, "hello", 7, true)', '"hello"'), ('xt_text_strn(d, "hello!", 7, true)', '"he"...'),
    ('xt_text_strn(d, "hello", 3, true)', '""...'), ('xt_text_strn(d, "abc", 0, false)', "abc"),
    ('xt_text_strn(d, "abc", 100000, true)', '"abc"'), ('xt_text_strn(d, "\\001x", 3, false)', ""),
    ('xt_tokenize(d, "", ",")', ""), ('xt_tokenize(d, ",a,,bc,", ",")', "a"),
    ('xt_tokenize(d, "", ",")', "bc"), ('xt_tokenize(d, "", ",")', ""),
    ('xt_tokenize(d, "", ",")', ""), ('xt_tokenize(d, "x y", "")', "x y"),
]
_INT_CASES = [
    ('xt_index("hello", "l", 0, false, false)', 2), ('xt_index("hello", "l", 0, false, true)', 3),
    ('xt_index("abc", "z", 0, false, false)', -1), ('xt_index("", "", 5, true, true)', 0),
    ('xt_index("hello hello", "llo", 3, true, false)', 8),
    ('xt_index("hello hello", "llo", 7, true, true)', 2),
    ('xt_index("abc", "", 10, true, false)', 3), ('xt_index("abc", "", -1, true, true)', 0),
    ('xt_index("abc", "a", -1, true, true)', -1), ('xt_index("abc", "c", -5, true, false)', 2),
    ('xt_index("abc", "c", 99, true, true)', 2), ('xt_index("abc", "", 0, false, true)', 3),
    ('xt_stringat("abc", 1)', 98), ('xt_stringat("abc", 3)', 0), ('xt_stringat("\\377", 0)', -1),
    ('xt_atoi("  -42x")', -42), ('xt_atoi("+7")', 7), ('xt_atoi("x1")', 0),
]


def test_xt_str_runtime_rules(tmp_path):
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    for sub in ("ctype", "kernel", "percpu", "sched"):
        (tmp_path / "linux").mkdir(exist_ok=True)
        (tmp_path / "linux" / f"{sub}.h").write_text("")
    lines = [_SHIM, f'#include "{ROOT / "runtime" / "xt_str.h"}"', "int main(void) {",
             "static char d[XT_MAXSTRINGLEN];"]
    for expr, _ in _CASES:
        lines.append(f'printf("%s\\n", {expr});')
    for expr, _ in _INT_CASES:
        lines.append(f'printf("%lld\\n", (long long)({expr}));')
    lines.append("return 0; }")
    src = tmp_path / "h.c"
    src.write_text("\n".join(lines))
    exe = tmp_path / "h"
    subprocess.run(["gcc", "-std=gnu11", "-Wno-unused-function",
                    f"-I{tmp_path}", "-o", str(exe), str(src)], check=True)
    got = subprocess.run([str(exe)], check=True, capture_output=True).stdout.decode("latin-1")
    want = [text for _, text in _CASES] + [str(v) for _, v in _INT_CASES]
    for (expr, _), line, expect in zip(_CASES + _INT_CASES, got.split("\n"), want):
        assert line == expect, expr


def test_text_str_cuts_long_quoted_strings_with_dots(tmp_path):
    """string_quoted of a string that does not fit ends `"...` as stap's does."""
    if shutil.which("gcc") is None:
        pytest.skip("no C compiler")
    (tmp_path / "linux").mkdir()
    for sub in ("ctype", "kernel", "percpu", "sched"):
        (tmp_path / "linux" / f"{sub}.h").write_text("")
    src = tmp_path / "q.c"
    src.write_text(_SHIM.replace("#define XT_MAXSTRINGLEN 256", "#define XT_MAXSTRINGLEN 16")
                   + f'#include "{ROOT / "runtime" / "xt_str.h"}"\n'
                   'int main(void) { static char d[16]; '
                   'printf("%s\\n", xt_text_str(d, "abcdefghijklmnopqrstuvwxyz", true)); '
                   'printf("%s\\n", xt_text_str(d, "abcdefghijklmnopqrstuvwxyz", false)); return 0; }')
    subprocess.run(["gcc", "-std=gnu11", "-Wno-unused-function", f"-I{tmp_path}", "-o",
                    str(tmp_path / "q"), str(src)], check=True)
    out = subprocess.run([str(tmp_path / "q")], check=True, capture_output=True).stdout.decode()
    # outlen 15 - 2 = 13 characters fit, then the quote and "..." overwrite the last 3.
    assert out.split("\n")[:2] == ['"abcdefghij"...', "abcdefghijklmno"]


@pytest.mark.parametrize("cond,shape", [
    ('strstr("ab", "b") != NULL', ("!=", "index", ir.IntLit(-1))),
    ('NULL == strstr("ab", "b")', ("==", "index", ir.IntLit(-1))),
    ("strchr(\"ab\", 'b') != 0", ("!=", "strchr", ir.StrLit(""))),
])
def test_d_null_tests_of_string_results(cond, shape):
    prog = lowered(f"BEGIN /{cond}/ {{ exit(0); }}", "d")
    pred = prog.probes[0].predicate
    assert (pred.op, pred.lhs.name, pred.rhs) == shape
