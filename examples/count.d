syscall:::entry
{
    @num[pid,execname] = count();
}
