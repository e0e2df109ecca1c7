"""The sandbox console: a browser page served by the emulator only (never by the product)."""

from integrations.dingtalk.emulator.sandbox.routes import routes

__all__ = ["routes"]
