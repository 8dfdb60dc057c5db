sh -c 'exec cat /proc/sys/kernel/ostype / 2>/dev/null'
