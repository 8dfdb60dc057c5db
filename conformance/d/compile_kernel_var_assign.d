/* Kernel variables are read-only in D: an operator that modifies one is an
   error at its position (DTrace refuses to change the kernel's state). */
#pragma D option quiet

BEGIN
{
	`jiffies = 0;
}
