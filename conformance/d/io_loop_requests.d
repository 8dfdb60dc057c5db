#pragma D option quiet

/* D's io provider on a loop device (the sandbox has no disk): each block
   request of two O_DIRECT dd's (a 4096-byte write at byte 32768, 512-byte block
   64, then an 8192-byte read at byte 16384, block 32), started, and for the write
   done, checked against its start. The .cmd loads the guest kernel's loop module. */
int bytes;

io:::start
/args[1]->dev_statname == "loop0"/
{
	printf("start %s %s %d %d\n", args[1]->dev_statname,
	    args[0]->b_flags & B_READ ? "R" : "W", args[0]->b_bcount, args[0]->b_blkno);
	bytes += args[0]->b_bcount;
	ts[args[1]->dev_statname, args[0]->b_blkno] = timestamp;
}

io:::done
/args[0]->b_flags & B_WRITE && args[1]->dev_statname == "loop0"/
{
	printf("done %s %d %d %s\n", args[1]->dev_statname, args[0]->b_bcount, args[0]->b_blkno,
	    timestamp >= ts[args[1]->dev_statname, args[0]->b_blkno] ? "in order" : "early");
}

END
{
	printf("bytes %d\n", bytes);
}
