"""D's errno.d names (EACCES, ECONNREFUSED, ...) are inline constants with Linux's
values, as the DTrace book's soerrors.d compares `errno` with them."""

import errno

from xtrace import frontends
from xtrace.ir import nodes as ir


def test_errno_names_are_linux_values_in_a_predicate():
    prog = frontends.parse('syscall::connect:return /errno == ECONNREFUSED/ { @[execname] = count(); }\n',
                           "soerrors.d", "d")
    lits = [n for n in _walk(prog.probes[0].predicate) if isinstance(n, ir.IntLit)]
    assert [lit.value for lit in lits] == [errno.ECONNREFUSED]


def _walk(node):
    yield node
    for v in vars(node).values():
        for child in (v if isinstance(v, list) else [v]):
            if isinstance(child, ir.Expr):
                yield from _walk(child)
