"""D's `args[0]->b_flags & B_READ` (the io provider's Solaris buffer flags, which a
Linux request has as its direction) translated to stap as the direction's test,
not as a flag built by a ternary and masked (ir/flagtests.py). Found by translating
real D scripts (docs/translate-real-scripts.md, third sample: iotime.d, iotimeq.d)."""

from __future__ import annotations

from translating import translated


def _stap(d: str) -> str:
    return translated("#pragma D option quiet\n" + d, "stap", lang="d")


def test_a_direction_chosen_by_b_flags_and_b_read_is_the_direction_test():
    stp = _stap('io:::start { printf("%s\\n", args[0]->b_flags & B_READ ? "R" : "W"); }\n')
    assert 'log(($rq->cmd_flags & 255) != 1 ? "R" : "W")' in stp
    assert "256" not in stp and "& 64" not in stp


def test_b_write_in_a_predicate_is_the_write_test():
    stp = _stap('io:::start /args[0]->b_flags & B_WRITE/ { @w = count(); }\n')
    assert "if (($rq->cmd_flags & 255) != 1) next" in stp


def test_b_read_negated_and_joined():
    stp = _stap('io:::start /!(args[0]->b_flags & B_READ) && pid != 0/ { @w = count(); }\n')
    assert "if (($rq->cmd_flags & 255) != 1 || pid() == 0) next" in stp


def test_a_masked_flag_used_as_a_number_keeps_its_value():
    # printed, not tested: the folded ternary of constants, its values as they were
    stp = _stap('io:::start { printf("%d\\n", args[0]->b_flags & B_READ); }\n')
    assert 'printf("%d\\n", ($rq->cmd_flags & 255) == 1 ? 0 : 64)' in stp
