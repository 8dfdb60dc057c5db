ls / > /dev/null
