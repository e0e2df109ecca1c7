"""Operational read models: what the metrics endpoint and operators look at."""
