env XT_CONF_EMPTY= XT_CONF_VAR=a=b cat /etc/hostname
