/* get_location_point(): FUNCTION_ENTRY at an entry probe, FUNCTION_EXIT at an exit probe */
@@syscall:*:sync:entry
	when (__pname == "sync")
{
	if (get_location_point() == FUNCTION_ENTRY) {
		printf("entry: %d\n", get_location_point());
	}
}

@@syscall:*:sync:exit
	when (__pname == "sync")
{
	if (get_location_point() == FUNCTION_EXIT) {
		printf("exit: %d\n", get_location_point());
	}
	exit();
}
