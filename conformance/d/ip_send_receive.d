#pragma D option quiet
/* D's ip:::send (ip_finish_output, ip6_finish_output) and ip:::receive
   (ip_local_deliver, ip6_input) of two loopback UDP datagrams: 5 bytes from
   127.0.0.3 to 127.0.0.4, 4 bytes from ::1 to ::1 (port 8130). args[4] is the IPv4
   header, args[5] the IPv6 one: the other version's reads as NULL's ("<null>", 0).
   The loopback device is lo; both versions' default hop limit is 64. */

ip:::send, ip:::receive
/args[2]->ip_ver == 4 ? args[4]->ipv4_protocol == IPPROTO_UDP && args[2]->ip_daddr == "127.0.0.4" :
 args[5]->ipv6_nexthdr == IPPROTO_UDP && args[2]->ip_daddr == "::1"/
{
	printf("%s v%d %s -> %s plength %d if %s local %d | %s ttl %d ihl %d length %d | %s hlim %d plen %d\n",
	    probename, args[2]->ip_ver, args[2]->ip_saddr, args[2]->ip_daddr, args[2]->ip_plength,
	    args[3]->if_name, args[3]->if_local, args[4]->ipv4_protostr, args[4]->ipv4_ttl,
	    args[4]->ipv4_ihl, args[4]->ipv4_length, args[5]->ipv6_nextstr, args[5]->ipv6_hlim,
	    args[5]->ipv6_plen);
}
