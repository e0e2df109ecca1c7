"""Domain models, the application state machine, use-case services and domain events."""
