/* getdents64(2) and getdents(2) are two probes (stap's syscall.getdents fires for both, with one name: its port is syscall_any tested by the kernel's name). python3's os.listdir reads with getdents64. */
#pragma D option quiet

syscall::getdents64:entry
/execname == "python3" && (int)arg0 >= 0/
{
	entry64 = 1;
}

syscall::getdents64:return
/execname == "python3" && (int)arg0 > 0/
{
	read64 = 1;
}

syscall::getdents:entry
/execname == "python3"/
{
	old = 1;
}

END
{
	printf("getdents64 entry %d, read %d; getdents %d\n", entry64, read64, old);
}
