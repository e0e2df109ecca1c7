"""The Starlette application: every API family, the stream websocket and the control API."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute

from integrations.dingtalk.emulator import (
    control,
    errors,
    routes_auth,
    routes_card,
    routes_hrm,
    routes_hrm_status,
    routes_oauth_page,
    routes_robot,
    routes_workflow,
    sandbox,
)
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.gateway import Gateway
from integrations.dingtalk.emulator.persistence import StateSaver
from integrations.dingtalk.emulator.sandbox import host as sandbox_host
from integrations.dingtalk.emulator.sandbox.mailbox import SmtpSink

ALL_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]


async def _unknown_new(request: Request) -> Response:
    return errors.error_response(errors.unknown_api_new(), "new")


async def _unknown_old(request: Request) -> Response:
    return errors.error_response(errors.unknown_api_old(), "old")


def build_app(emu: Emulator, state_file: str = "") -> Starlette:
    """The ASGI app for one Emulator; persists to `state_file` when given."""
    gateway = Gateway(emu)
    saver = StateSaver(emu, state_file) if state_file else None
    # The sandbox's mailbox: DingHire's e-mail to candidates lands here (docs/sandbox.md).
    smtp = SmtpSink(emu.mailbox)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        gateway.start()
        await smtp.start()
        task = asyncio.get_running_loop().create_task(saver.run()) if saver else None
        try:
            yield
        finally:
            await smtp.stop()
            await gateway.shutdown()
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if saver is not None:
                emu.dirty = True
                saver.save_now()

    routes: list[BaseRoute] = [
        WebSocketRoute("/connect", gateway.websocket_endpoint),
        *routes_auth.routes(),
        *routes_oauth_page.routes(),
        *routes_robot.routes(),
        *routes_card.routes(),
        *routes_workflow.routes(),
        *routes_hrm.routes(),
        *routes_hrm_status.routes(),
        *control.routes(),
        *sandbox.routes(),  # the browser console (docs/sandbox.md)
        *sandbox_host.routes(),  # its mailbox and the DingHire process behind it
        # Alibaba Cloud's SMS API (SendSms) for the sandbox's mailbox: the SDK posts to "/".
        Route("/", emu.mailbox.sms.app, methods=["POST"]),
        # Unknown paths answer in DingTalk's shapes (the SDK needs a JSON body on 4xx).
        Route("/v1.0/{rest:path}", _unknown_new, methods=ALL_METHODS),
        Route("/topapi/{rest:path}", _unknown_old, methods=ALL_METHODS),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.emulator = emu
    return app
