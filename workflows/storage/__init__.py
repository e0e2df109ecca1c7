"""Object storage for candidate files: local files by default, encrypted at rest."""
