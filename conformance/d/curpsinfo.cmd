/usr/bin/env /bin/true alpha  beta gamma
