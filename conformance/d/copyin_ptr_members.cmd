bash -c 'exec 2>/dev/null 3<>/dev/tcp/127.0.0.1/7'
