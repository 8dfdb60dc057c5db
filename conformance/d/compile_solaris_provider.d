/* The mib provider counts Solaris's SNMP MIB events; Linux has no such
   provider, so the error names the construct and the nearest Linux probes. */
mib:::tcpInErrs
{
	@errs = count();
}
