#!/usr/bin/probevue
# Lines that start with '#' are ignored by the Vue compiler.
/* A C comment
   over several lines. */
@@BEGIN
{
	// a C++ comment
	printf("comments ok\n");	/* trailing */
	exit();
}
