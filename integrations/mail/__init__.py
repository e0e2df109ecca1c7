"""E-mail to candidates: the `Mailer` port and its SMTP adapter (standard library smtplib)."""
