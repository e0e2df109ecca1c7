"""applications domain."""
