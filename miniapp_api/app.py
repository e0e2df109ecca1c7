"""FastAPI application factory; routes get the process container from app.state."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from tortoise import connections

from dinghire import __version__
from dinghire.bootstrap import Container
from workflows import db


def create_app(container: Container) -> FastAPI:
    """Build the API for an already bootstrapped process."""
    app = FastAPI(
        title="DingHire mini-app API",
        version=__version__,
        description="钉聘：候选人面试小程序与 HR 报告页的后端接口。",
    )
    app.state.container = container

    @app.get("/healthz", tags=["ops"], summary="Liveness and database check")
    async def healthz() -> JSONResponse:
        body: dict[str, Any] = {"status": "ok", "version": __version__}
        try:
            conn = connections.get(db.connection_name(container.settings.database))
            await conn.execute_query("SELECT 1")
            body["database"] = "ok"
        except Exception as exc:  # the probe reports any failure instead of raising
            body["status"], body["database"] = "degraded", f"error: {type(exc).__name__}"
            return JSONResponse(body, status_code=503)
        body["jobs"] = container.settings.redis.job_backend.value
        return JSONResponse(body)

    return app
