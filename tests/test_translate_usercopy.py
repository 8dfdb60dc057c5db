"""D's copyin()'d structs in stap, and stap's user-memory readers in D: D reads
members of a copy of user memory, stap reads user memory in place with
uconversions' readers at the member's offset (frontends/stap/print_usercopy.py,
frontends/d/userreads.py). Found translating the DTrace book's soconnect.d."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated

D = '''#pragma D option quiet
syscall::connect:entry
{
	this->s = (struct sockaddr_in *)copyin(arg1, sizeof (struct sockaddr_in));
	printf("%d %d\\n", this->s->sin_family, ((struct sockaddr_in *)copyin(arg1, 16))->sin_port);
	printf("%d\\n", *(uint8_t *)copyin(arg1 + 4, 1));
}
'''


def test_a_copied_struct_pointer_variable_holds_the_user_address_in_stap():
    stp = translated(D, "stap", "d")
    assert "s = long_arg(2)\n" in stp, stp
    assert 'user_ushort(s + &@cast(0, "sockaddr_in")->sin_family)' in stp, stp


def test_a_member_of_a_copy_cast_in_place_and_a_read_through_a_cast_copy():
    stp = translated(D, "stap", "d")
    assert 'user_ushort(long_arg(2) + &@cast(0, "sockaddr_in")->sin_port)' in stp, stp
    assert "user_uint8(long_arg(2) + 4)" in stp, stp
    assert "copyin" not in stp


def test_a_copy_used_other_than_through_members_stays_refused():
    d = ('syscall::write:entry { this->b = copyin(arg1, 4); '
         'printf("%s\\n", inet_ntop(AF_INET, this->b)); }\n')
    with pytest.raises(XtraceError, match=r"copyin\(\) has no stap equivalent"):
        translated(d, "stap", "d")


def test_stap_user_readers_are_reads_of_a_copyin_in_d():
    stp = ('probe syscall.clock_nanosleep { printf("%d %d %d\\n", user_long(pointer_arg(3)), '
           'user_ushort(pointer_arg(3) + 8), user_char(pointer_arg(3))) }\n')
    d = translated(stp, "d")
    assert "*(uint64_t *)copyin(arg2, 8)" in d, d
    assert "*(uint16_t *)copyin(arg2 + 8, 2)" in d, d
    assert "*(uint8_t *)copyin(arg2, 1)" in d, d


def test_d_byte_order_subroutines_are_the_inet_tapsets_functions_in_stap_and_back():
    d = ('#pragma D option quiet\nsyscall::connect:entry { printf("%d %d %d\\n", '
         'ntohs(arg0), htonl(arg1), ntohll(arg2)); }\n')
    stp = translated(d, "stap", "d")
    assert "ntohs(long_arg(1)), ntohl(long_arg(2)), ntohll(long_arg(3))" in stp, stp
    back = translated(stp, "d")
    assert "ntohs(arg0), ntohl(arg1), ntohll(arg2)" in back, back
