"""The DingTalk chat bot: router, filters and handlers."""
