cat /proc/sys/kernel/ostype
