/* Indexing kernel memory as C does: args[0]->comm[i] is one char of the task's
 * comm array (a char array is D's string only when read whole), its elements
 * one byte apart; thread_pid->numbers[0].nr is a member of an element of a
 * struct array (struct pid's pid in the initial namespace: the task's own); and
 * a pointer indexes the structs it points to. release_task() reaps the exited
 * true(1). */
#pragma D option quiet

fbt::release_task:entry
/args[0]->comm[0] == 't' && args[0]->comm[1] == 'r' && args[0]->comm[4] == 0/
{
	printf("%c%c%c%c\n", args[0]->comm[0], args[0]->comm[1], args[0]->comm[2],
	    args[0]->comm[3]);
	printf("%d\n", &args[0]->comm[1] - &args[0]->comm[0]);
	printf("%d\n", args[0]->thread_pid->numbers[0].nr == args[0]->pid);
	printf("%d\n", ((struct task_struct *)args[0])[0].pid == args[0]->pid);
	printf("%d\n", (uint64_t)&((struct task_struct *)args[0])[1] - (uint64_t)args[0] ==
	    sizeof(struct task_struct));
	exit(0);
}
