@@syscall:*:sync:entry
{
    printf("sync() syscall invoked by process ID %d\n", __pid);
    exit();
}
