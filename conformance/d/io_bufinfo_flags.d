#pragma D option quiet

/* Oracle's io.d builds b_flags from the request: B_WRITE or B_READ, B_ASYNC unless
   the request is REQ_SYNC, and B_PHYS (B_PAGEIO only for a bio flag the kernel no
   longer has). The workload's requests to loop0: an O_DIRECT write (the block
   device submits it REQ_SYNC), an O_DIRECT read (submit_bio_wait() adds REQ_SYNC)
   and a read through the page cache (readahead: not REQ_SYNC). Each kind once
   (0x20 B_PHYS, 0x40 B_READ, 0x100 B_WRITE, 0x400 B_ASYNC). */

io:::start
/args[1]->dev_statname == "loop0" && !seen[args[0]->b_flags]/
{
	seen[args[0]->b_flags] = 1;
	printf("%s flags %x\n", args[0]->b_flags & B_READ ? "read" : "write", args[0]->b_flags);
}
