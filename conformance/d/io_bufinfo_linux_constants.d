#pragma D option quiet

/* Oracle's io.d translates the block layer's request with the bufinfo_t members
   it keeps no fact for as constants: b_error 0, b_resid 0, b_addr NULL, and
   b_bufsize the request's length (b_bcount). The O_DIRECT 4096-byte write of
   io_loop_requests' workload, at its completion. */

io:::done
/args[0]->b_flags & B_WRITE && args[1]->dev_statname == "loop0"/
{
	printf("%s: error %d, %d bytes, resid %d, bufsize %d, addr %s\n",
	    args[0]->b_error != 0 ? "failed" : "Success", args[0]->b_error,
	    args[0]->b_bcount, args[0]->b_resid, args[0]->b_bufsize,
	    args[0]->b_addr == NULL ? "NULL" : "set");
}
