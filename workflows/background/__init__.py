"""background domain."""
