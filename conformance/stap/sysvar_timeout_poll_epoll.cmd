python3 -c 'import select; select.poll().poll(12); select.epoll().poll(0.025)'
