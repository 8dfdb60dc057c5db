/* fileinfo_t needs the file an I/O serves; Linux's block tracepoints do not
   carry it, so naming a member is a compile error saying so. */
io:::start
{
	printf("%s\n", args[2]->fi_pathname);
}
