"""Integrations with outside systems."""
