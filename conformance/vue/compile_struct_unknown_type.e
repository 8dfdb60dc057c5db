@@syscall:*:read:entry
{
	__auto struct stat st;
	copy_userdata(__arg2, st);
}
