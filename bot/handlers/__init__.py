"""Bot handlers, one router per module."""
