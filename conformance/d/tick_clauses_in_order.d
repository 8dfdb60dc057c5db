/* Every clause of one tick probe runs on each tick, in the script's order: a
   clause reads what the clauses before it set on the same tick (dtrace-utils'
   funcs/tst.index.d walks a table this way, its last clause moving on with
   `++i == end`). */
#pragma D option quiet

int i;
int late;

tick-1ms
/i < 200/
{
	a[i] = i + 1;
}

tick-1ms
/i < 200/
{
	late += a[i] == i + 1 ? 0 : 1;
}

tick-1ms
/i < 200/
{
	i++;
}

tick-1ms
/i == 200/
{
	printf("%d ticks, %d clauses out of order\n", i, late);
	exit(0);
}
