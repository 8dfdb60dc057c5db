/* func() keys of equal counts are ordered by the function's address, as
   dtrace's consumer orders them (dt_aggregate_keycmp on the key's address), not
   by their text: vfs_read called by read(2) returns into ksys_read and, by
   pread64(2), into ksys_pread64, which follows ksys_read in fs/read_write.c.
   (On 6.1 ksys_pread64 is inlined there: __x64_sys_pread64, after it too.)
   The program reads 4099 bytes twice each way. @@nosort */
#pragma D option quiet

syscall::read:entry, syscall::pread64:entry
/pid == $target && arg2 == 4099/
{
	self->in = 1;
}

fbt::vfs_read:entry
/self->in/
{
	@f[func(caller)] = count();
}

syscall::read:return, syscall::pread64:return
{
	self->in = 0;
}
