"""Process entry points: the `dinghire` CLI and the per-process bootstrap."""

__version__ = "0.1.0"
