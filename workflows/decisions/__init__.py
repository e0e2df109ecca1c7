"""HR decisions on applications: advance or reject, the pass line, and candidate feedback."""
