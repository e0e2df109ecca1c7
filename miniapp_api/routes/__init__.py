"""Routers of the mini-app API, one module per use case."""
