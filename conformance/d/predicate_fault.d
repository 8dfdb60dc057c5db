/* A run-time error in a predicate ends only that firing of its clause, as one
   in the clause's actions does: the clause is skipped where its predicate
   faults (copyinstr() of a bad address, a division by zero) and runs where it
   does not, and the clauses after it run for the same firing. The command
   calls chdir(2) with NULL, "/tmp", the address 1 and "/". */
/* @@nosort */
#pragma D option quiet

syscall::chdir:entry
/pid == $target/
{
	n++;
}

syscall::chdir:entry
/pid == $target && copyinstr(arg0) != "/"/
{
	printf("%d: chdir %s\n", n, copyinstr(arg0));
}

syscall::chdir:entry
/pid == $target && 6 / (n % 2) == 6/
{
	printf("%d: odd\n", n);
}

syscall::chdir:entry
/pid == $target/
{
	printf("%d: done\n", n);
}

END
{
	printf("%d calls\n", n);
}
