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
    assert "s = serv_addr_uaddr\n" in stp, stp  # connect's argument 1 (ir/sysparams.py)
    assert 'user_ushort(s + &@cast(0, "sockaddr_in")->sin_family)' in stp, stp


def test_a_member_of_a_copy_cast_in_place_and_a_read_through_a_cast_copy():
    stp = translated(D, "stap", "d")
    assert 'user_ushort(serv_addr_uaddr + &@cast(0, "sockaddr_in")->sin_port)' in stp, stp
    assert "user_uint8(serv_addr_uaddr + 4)" in stp, stp
    assert "copyin" not in stp


def test_a_copy_used_other_than_through_members_stays_refused():
    d = ('syscall::write:entry { this->b = copyin(arg1, 4); '
         'printf("%p\\n", this->b); }\n')
    with pytest.raises(XtraceError, match=r"copyin\(\) has no stap equivalent"):
        translated(d, "stap", "d")


def test_stap_user_readers_are_reads_of_a_copyin_in_d():
    stp = ('probe syscall.clock_nanosleep { printf("%d %d %d\\n", user_long(pointer_arg(3)), '
           'user_ushort(pointer_arg(3) + 8), user_char(pointer_arg(3))) }\n')
    d = translated(stp, "d")
    # each a read of the reader's own type, as a D user writes it (a signed long is
    # int64_t; no cast of an unsigned read around it)
    assert "*(int64_t *)copyin(arg2, 8)" in d, d
    assert "*(unsigned short *)copyin(arg2 + 8, 2)" in d, d
    assert "*(char *)copyin(arg2, 1)" in d, d
    assert "(long long)" not in d, d


def test_d_byte_order_subroutines_are_the_inet_tapsets_functions_in_stap_and_back():
    d = ('#pragma D option quiet\nsyscall::connect:entry { printf("%d %d %d\\n", '
         'ntohs(arg0), htonl(arg1), ntohll(arg2)); }\n')
    stp = translated(d, "stap", "d")
    # (connect's argument 1 is its 64-bit serv_addr_uaddr; 0 and 2 no 64-bit variable's)
    assert "ntohs(long_arg(1)), ntohl(serv_addr_uaddr), ntohll(long_arg(3))" in stp, stp
    back = translated(stp, "d")
    assert "ntohs(arg0), ntohl(arg1), ntohll(arg2)" in back, back


def test_inet_ntop_of_a_copy_reads_the_user_address_in_the_helper():
    # soconnect.d (the DTrace book): a member's address in the copy, and the copy itself
    d = ('syscall::connect:entry { this->s = (struct sockaddr_in *)copyin(arg1, 16); '
         'printf("%s\\n", inet_ntop(this->s->sin_family, (void *)&this->s->sin_addr)); '
         'this->b = copyin(arg1 + 8, 16); printf("%s\\n", inet_ntoa6((in6_addr_t *)this->b)); }\n')
    stp = translated(d, "stap", "d")
    # (not quiet, the first read is stored before the probe line: a long line, broken)
    assert ('dtrace_inet_ntop(user_ushort(s + &@cast(0, "sockaddr_in")->sin_family), '
            's + &@cast(0, "sockaddr_in")->sin_addr, 1)') in " ".join(stp.split()), stp
    assert "b = serv_addr_uaddr + 8" in stp and "dtrace_inet_ntop(10, b, 1)" in stp, stp
    assert stp.count("function dtrace_inet_ntop:string(dt_af:long, dt_a:long, dt_user:long)") == 1
    assert "copyin(" not in stp.split("# D's inet_ntop()")[0]


def test_inet_ntop_of_a_kernel_address_reads_kernel_memory_in_the_helper():
    d = ('fbt::tcp_v4_connect:entry { printf("%s\\n", '
         'inet_ntop(AF_INET, &((struct sockaddr_in *)arg1)->sin_addr)); }\n')
    stp = translated(d, "stap", "d")
    assert 'dtrace_inet_ntop(2, &@cast(pointer_arg(2), "sockaddr_in")->sin_addr, 0)' in stp, stp
    assert "kernel_int(dt_a + 4 * dt_i)" in stp


VUE_COPY = """int clock_nanosleep(int clockid, int flags, long long req, long long rem);
@@syscall:*:clock_nanosleep:entry
{
	__auto long long secs;
	__auto unsigned char low;
	copy_userdata(__arg3, secs);
	copy_userdata(__arg3 + 8, low);
	printf("%lld %d\\n", secs, low);
}
"""


def test_vue_copy_userdata_into_an_integer_is_a_read_of_a_copyin_in_d():
    d = translated(VUE_COPY, "d", "vue")
    assert "this->secs = *(int64_t *)copyin(arg2, 8);" in d, d
    assert "this->low = *(unsigned char *)copyin(arg2 + 8, 1);" in d, d


def test_d_read_through_a_cast_copyin_is_vues_read_in_place():
    d = ('#pragma D option quiet\nsyscall::clock_nanosleep:entry { this->s = *(int64_t *)copyin(arg2, 8); '
         'printf("%d %d\\n", this->s, *(uint8_t *)copyin(arg2 + 9, 1)); }\n')
    vue = translated(d, "vue", "d")
    # a kept value is Vue's copy into a variable of its type, a printed one the read
    # of the process's memory through a typed pointer (a @@syscall clause reads it)
    assert "__auto long long s;" in vue and "copy_userdata(__arg3, s);" in vue, vue
    assert "*(unsigned char *)(__arg3 + 9)" in vue, vue
    assert "copyin" not in vue, vue
    assert translated(vue, "d", "vue").count("copyin(") == 2


def test_a_raw_argument_read_as_an_address_is_pointer_arg_in_stap():
    d = ('#pragma D option quiet\nsyscall::openat:entry { printf("%s %d %s\\n", copyinstr(arg1), arg2, '
         'copyinstr(arg1, arg3)); }\n')
    stp = translated(d, "stap", "d")
    # the path's address as the tapsets name an address; a number stays long_arg, and
    # so does the length copyinstr() is given (its second argument)
    assert "user_string(pointer_arg(2))" in stp, stp
    assert "user_string_n(pointer_arg(2), long_arg(4))" in stp, stp
    assert "long_arg(3)" in stp and "pointer_arg(3)" not in stp, stp
    assert translated(stp, "d").count("copyinstr(arg1") == 2
