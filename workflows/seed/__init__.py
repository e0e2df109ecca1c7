"""seed domain."""
