/* ufs_read is a Solaris UFS function: on Linux nothing matches, and the error
   says which Linux functions do the same work. */
fbt::ufs_read:entry
{
	@reads[execname] = count();
}
