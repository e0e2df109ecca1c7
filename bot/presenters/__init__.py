"""Chat presentation: command syntax parsing and Markdown/card rendering for the bot."""
