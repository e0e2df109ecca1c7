"""interviews domain."""
