/*
 * The I/O probe manager's disk events on a loop device (the sandbox has no disk):
 * a 4096-byte O_DIRECT write at byte 32768 (512-byte block 64), then an 8192-byte
 * read at byte 16384 (block 32). The .cmd loads the guest kernel's loop module.
 */
int reads;

@@io:disk:iostart:write:loop0
{
	printf("start %s %d %d %d\n", __diskinfo->name, __iobuf->bcount, __iobuf->blknum,
	    __iobuf->bflags);
}

@@io:disk:iodone:*:loop0
{
	printf("done %s %d %d %s\n", __diskinfo->name, __iobuf->bcount, __iobuf->blknum,
	    __iobuf->bflags ? "read" : "write");
}

@@io:disk:iostart:read:loop0
{
	reads++;
}

@@END
{
	printf("reads %d\n", reads);
}
