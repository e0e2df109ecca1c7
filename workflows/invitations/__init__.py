"""Interview invitations, reminders and new slots."""
