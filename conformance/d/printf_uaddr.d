/* printf's %A names a user address from the process's own files, as
   ustack() does: `file`symbol+0xoff (no offset at the symbol itself), the bare
   address where no file is mapped; flags and width pad the text as %s does. */
#pragma D option quiet

syscall::write:entry
/execname == "uaddrA" && (int)arg0 < 0/
{
	printf("%d [%-24A] [%A]\n", -(int)arg0, arg1, arg1);
}
