/* Not quiet, D's ternary statement: `c ? printf(...) : 1;` is no `if` to DTrace.
   dt_node_op3 folds its constant condition (an inline, a macro argument) at
   parse time, and the branch taken is a statement of the clause: the clause
   stays one ECB, one record framed by one probe line, whichever branches the
   options pick (an `if` would be basic blocks of their own, each framed). */
inline int OPT_time = 1;
inline int OPT_cpu = 0;

BEGIN
{
	printf("start");
	OPT_time ? printf(" time") : 1;
	OPT_cpu ? printf(" cpu") : printf(" nocpu");
	exit(0);
}
