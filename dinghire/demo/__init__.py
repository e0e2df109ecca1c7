"""`dinghire demo`: the whole hiring journey against the local emulator (see docs/demo.md)."""
