/* A clause-local declared with its type (`this int foo;`, as the DTrace guide's
   clause.d does) that each clause of a hit reads after the clause before it
   stored it; the first clause of the hit stores it before its read can be taken
   (me % 3 is 0 there), so no clause reads a value the hit has not stored. */
#pragma D option quiet

int me;
this int foo;

tick-10ms
{
	this->foo = (me % 3 == 0) ? 10 : this->foo;
	printf("Clause 1 is number %d; foo is %d\n", me++ % 3, this->foo++);
}

tick-10ms
{
	this->foo = (me % 3 == 0) ? 20 : this->foo;
	printf("Clause 2 is number %d; foo is %d\n", me++ % 3, this->foo++);
}

tick-10ms
{
	this->foo = (me % 3 == 0) ? 30 : this->foo;
	printf("Clause 3 is number %d; foo is %d\n", me++ % 3, this->foo++);
}

tick-10ms
/me >= 12/
{
	printf("Completed %d iterations.\n", me);
	exit(0);
}
