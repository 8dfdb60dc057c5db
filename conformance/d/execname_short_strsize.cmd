basename /a/b
