/* fds[fd]: the current process's file descriptors as fileinfo_t. */
#pragma D option quiet

syscall::openat:return
/pid == $target && (int)arg1 >= 0 && fds[arg1].fi_dirname == "/dev"/
{
	printf("open %s dir=%s path=%s fs=%s mount=%s off=%d oflags=%x\n",
	    fds[arg1].fi_name, fds[arg1].fi_dirname, fds[arg1].fi_pathname,
	    fds[arg1].fi_fs, fds[arg1].fi_mount, fds[arg1].fi_offset,
	    fds[arg1].fi_oflags & ~O_LARGEFILE);
	self->fd = arg1;
}

syscall::read:entry
/self->fd && arg0 == self->fd/
{
	printf("read %s\n", fds[arg0].fi_pathname);
}

syscall::close:entry
/self->fd && arg0 == self->fd/
{
	printf("close %s; none: %s %s %s %d %d\n", fds[arg0].fi_name, fds[-1].fi_pathname,
	    fds[100000].fi_name, fds[arg0 + 1000].fi_fs, fds[-1].fi_offset, fds[-1].fi_oflags);
	self->fd = 0;
}
