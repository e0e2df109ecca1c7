"""The mini-app HTTP API (FastAPI) and the H5 interview page."""
