"""The HR web console: its page (/console) and its JSON API (/api/console/...)."""
