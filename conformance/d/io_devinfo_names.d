#pragma D option quiet

/* Oracle's io.d names a block request's device three ways: dev_statname is the
   disk's own name ("loop0"), dev_name the name its driver registered for the
   disk's major number (the kernel's major_names[major % 255]->name: "loop"),
   dev_major/dev_minor its device number (7,0 for loop0). io_loop_requests'
   workload: an O_DIRECT write and an O_DIRECT read of loop0. */

io:::start
/args[1]->dev_statname == "loop0"/
{
	@reqs[args[1]->dev_name, args[1]->dev_statname, args[1]->dev_major,
	    args[1]->dev_minor] = count();
}

END
{
	printa("%s %s %d,%d: %@d requests\n", @reqs);
}
