"""privacy domain."""
