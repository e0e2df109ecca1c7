"""Presentation at the edge: chat command syntax, and the wording of everything sent to people.

Use cases and jobs in `workflows` decide what to say as typed messages; the presenters here word
them (chat Markdown and cards for HR and candidates, candidate e-mail and SMS). The bootstrap
wires them into `Services.presenters` through `outbound.outbound_presenters`.
"""
