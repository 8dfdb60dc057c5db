#pragma D option quiet

/* Oracle's io.d translates a block device's request with the devinfo_t members
   it keeps no fact for as constants: dev_pathname "<unknown>" (its own tests
   expect that of every device but NFS) and dev_instance 0. richardelling's
   bigrwtime.d counts its slow devices by dev_pathname. io_loop_requests'
   workload: an O_DIRECT write and an O_DIRECT read of loop0. */

io:::start
/args[1]->dev_statname == "loop0"/
{
	@reqs[args[1]->dev_statname, args[1]->dev_pathname, args[1]->dev_instance] = count();
}

END
{
	printa("%s %s instance %d: %@d requests\n", @reqs);
}
