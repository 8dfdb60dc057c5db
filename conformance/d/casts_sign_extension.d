/* Casts truncate to the type's width, then sign- or zero-extend (C rules). */
#pragma D option quiet

BEGIN
{
	printf("%d %d %d %u %d %llx %d\n", (char)255, (short)32768, (unsigned short)-1,
	    (uint32_t)-1, (int)0x1ffffffff, (int64_t)(int)-1, (uint8_t)300);
	exit(0);
}
