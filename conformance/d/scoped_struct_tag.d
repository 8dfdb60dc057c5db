/* A struct tag scoped to the kernel image, as D's backquote scopes names */
#pragma D option quiet

BEGIN
{
	printf("%d\n", ((struct vmlinux`task_struct *)curthread)->pid == pid);
	exit(0);
}
