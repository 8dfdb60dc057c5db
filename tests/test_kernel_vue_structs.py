"""Vue's C types in the kernel: a @@uft probe reading a struct through the
pointer a prototype gives __arg1 (the probed process's memory), a struct copied
by copy_userdata() into a struct variable, nested members and pointer chains."""

from __future__ import annotations

import pytest

from conftest import build_host_program

SRC = r'''
struct inner { short a; unsigned char b; };
struct rec { int id; long total; char name[16]; struct inner in; struct rec *next; };
__attribute__((noinline)) int visit(struct rec *r, int depth) { asm volatile(""); return r->id + depth; }
__attribute__((noinline)) struct rec *after(struct rec *r) { asm volatile(""); return r->next; }
int main(void) {
    static struct rec b = { 2, -5, "second", { -3, 200 }, 0 };
    static struct rec a = { 1, 1234567890123L, "first", { 7, 9 }, &b };
    return visit(&a, 1) + visit(after(&a), 2) == 0;
}
'''

HEADER = """struct inner {
\tshort a;
\tunsigned char b;
};
typedef struct rec rec_t;
struct rec {
\tint id;
\tlong total;
\tchar name[16];
\tstruct inner in;
\trec_t *next;
};
int visit(rec_t *r, int depth);
"""


@pytest.fixture(scope="module")
def visitor(sandbox_target):
    return build_host_program("vue_visit", SRC)


def test_uft_struct_pointer_argument_and_copy_userdata(run_script, visitor):
    script = HEADER + """
@@uft:$__CPID:*:visit:entry
{
\t__auto struct rec copy;
\tcopy_userdata(__arg1, copy);
\tprintf("id=%d total=%ld name=%s in=%d,%d depth=%d\\n", __arg1->id, __arg1->total,
\t       __arg1->name, __arg1->in.a, __arg1->in.b, __arg2);
\tif (__arg1->next != 0)
\t\tprintf("next id=%d name=%s\\n", __arg1->next->id, __arg1->next->name);
\tprintf("copy id=%d name=%s in.a=%d (%d bytes)\\n", copy.id, copy.name, copy.in.a, sizeof(copy));
}
"""
    r = run_script(script, "vue", cmd=str(visitor))
    assert r.stdout == ("id=1 total=1234567890123 name=first in=7,9 depth=1\n"
                        "next id=2 name=second\n"
                        "copy id=1 name=first in.a=7 (48 bytes)\n"
                        "id=2 total=-5 name=second in=-3,200 depth=2\n"
                        "copy id=2 name=second in.a=-3 (48 bytes)\n"), r.stderr


def test_uft_exit_reads_the_struct_a_prototype_says_rv_points_to(run_script, visitor):
    script = HEADER + "rec_t *after(rec_t *r);\n@@uft:$__CPID:*:after:exit\n{\n" \
        "\tprintf(\"%s %ld\\n\", __rv->name, __rv->total);\n}\n"
    r = run_script(script, "vue", cmd=str(visitor))
    assert r.stdout == "second -5\n", r.stderr


def test_null_struct_pointer_is_a_run_time_error_of_the_clause(run_script, visitor):
    # b's next is NULL: reading through it ends that clause only, as a bad
    # copy_userdata() address does; the other hit prints.
    script = HEADER + """
@@uft:$__CPID:*:visit:entry
{
\tprintf("%d\\n", __arg1->next->id);
}
"""
    r = run_script(script, "vue", cmd=str(visitor))
    assert r.stdout.splitlines()[0] == "2", r.stdout
    assert len(r.stdout.splitlines()) == 1, r.stdout


def test_kernel_pointer_member_read_faults_safely(run_script):
    # Outside @@syscall/@@uft clauses a struct pointer points into the kernel: a bad
    # one is read without faulting the kernel and ends the clause with an error;
    # the session goes on to @@END.
    script = ("struct k {\n\tint a;\n\tlong b;\n};\n@@BEGIN\n{\n\tstruct k *p;\n"
              "\tp = (struct k *) 16;\n\tprintf(\"before\\n\");\n\tprintf(\"%d\\n\", p->b);\n"
              "\tprintf(\"not reached\\n\");\n}\n@@END\n{\n\tprintf(\"end\\n\");\n}\n"
              "@@interval:*:clock:100\n{\n\texit();\n}\n")
    r = run_script(script, "vue")
    assert r.stdout == "before\nend\n"
    assert "invalid address" in r.stderr and ":10:17" in r.stderr, r.stderr


EIGHT = r'''
__attribute__((noinline)) long eight(long a, long b, long c, long d, long e, long f, long g, long h)
{ asm volatile(""); return a + b + c + d + e + f + g + h; }
int main(void) { return eight(1, 2, 3, 4, 5, 6, 70, -80) == 0; }
'''


def test_uft_reads_stack_passed_arguments(run_script, sandbox_target):
    # x86-64 passes the 7th and 8th arguments on the stack: __arg7, __arg8 read them
    # from the probed process's stack at the function's entry
    prog = build_host_program("vue_eight", EIGHT)
    script = ("@@uft:$__CPID:*:eight:entry\n{\n\tprintf(\"%d %d %d %d\\n\", __arg1, __arg6, "
              "__arg7, __arg8);\n}\n")
    r = run_script(script, "vue", cmd=str(prog))
    assert r.stdout == "1 6 70 -80\n", r.stderr
