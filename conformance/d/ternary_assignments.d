/* Assignments, aggregation updates among them, as the branches of the ternary
   statement idiom (the DTraceToolkit's procsystime: `OPT_counts ?
   @Counts[probefunc] = count() : 1;`): the branch taken runs. */
#pragma D option quiet

inline int OPT_counts = 1;
inline int OPT_cpu = 0;

BEGIN
{
	OPT_counts ? @counts["begin"] = count() : 1;
	OPT_cpu ? @counts["cpu"] = count() : 1;
	OPT_counts ? x = 7 : 1;
	OPT_cpu ? x = 9 : 1;
	printf("x = %d\n", x);
	printa(@counts);
	exit(0);
}
