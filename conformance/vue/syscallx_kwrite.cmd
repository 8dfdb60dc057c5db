/bin/echo vue
