"""FastAPI application factory; routes get the process container from app.state."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST

from dinghire import __version__
from dinghire.bootstrap import Container
from dinghire.logs import RequestIdMiddleware
from dinghire.metrics import HttpMetricsMiddleware, render
from dinghire.readiness import check_readiness
from miniapp_api.body_limits import BodyLimitMiddleware, BodyLimits
from miniapp_api.errors import install_error_handlers
from miniapp_api.rate_limits import Counter, MemoryCounter, RateLimitMiddleware, RedisCounter
from miniapp_api.routes import config, consent, flow, progress, session, transcripts, uploads
from miniapp_api.routes.candidate_links import router as candidate_links_router
from miniapp_api.routes.console import jobs as console_jobs
from miniapp_api.routes.console import library as console_library
from miniapp_api.routes.console import pages as console_pages
from miniapp_api.routes.console import pipeline as console_pipeline
from miniapp_api.routes.explain import router as explain_router
from miniapp_api.routes.hr_auth import router as hr_auth_router
from miniapp_api.routes.offer import pages as offer_pages
from miniapp_api.routes.offer import router as offer_router
from miniapp_api.routes.outcomes import pages as outcomes_pages
from miniapp_api.routes.outcomes import router as outcomes_router
from miniapp_api.routes.report import router as report_router
from miniapp_api.security_headers import SecurityHeadersMiddleware
from settings import Mode
from workflows import db
from workflows.interviews.clock import Clock, utc_now
from workflows.interviews.limits import DEFAULT_CHUNK_SIZE
from workflows.offers.materials import MAX_MATERIAL_BYTES
from workflows.services import Services

STATIC_DIR = Path(__file__).resolve().parent / "static"


def app_services(
    container: Container, clock: Clock = utc_now, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> Services:
    """The process's services as the API uses them (tests inject a clock and a chunk size)."""
    c = container
    limits = replace(c.services.limits, chunk_size=chunk_size)
    # From the container as it is now: tests attach the emulator's clients or a queue late.
    services = replace(c.services, settings=c.settings, queue=c.queue, dingtalk=c.dingtalk)
    return replace(services, clock=clock, limits=limits)


def create_app(
    container: Container, *, clock: Clock = utc_now, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> FastAPI:
    """Build the API for an already bootstrapped process (tests may inject a clock)."""
    settings = container.settings
    # The interactive API docs and the schema are for development; production serves neither.
    docs_on = settings.mode is not Mode.PRODUCTION
    app = FastAPI(
        title="DingHire mini-app API",
        version=__version__,
        description="钉聘：候选人面试小程序与 HR 报告页的后端接口。",
        docs_url="/docs" if docs_on else None,
        redoc_url="/redoc" if docs_on else None,
        openapi_url="/openapi.json" if docs_on else None,
    )
    # Counted before any body is read; the shared Redis count when the deployment has Redis.
    counter: Counter = (
        RedisCounter(container.redis) if container.redis is not None else MemoryCounter()
    )
    app.add_middleware(RateLimitMiddleware, counter=counter)
    # Added before the headers, so they run inside them: a 413 or 429 carries the headers too.
    app.add_middleware(
        BodyLimitMiddleware,
        limits=BodyLimits(chunk=chunk_size, material=MAX_MATERIAL_BYTES),
    )
    app.add_middleware(HttpMetricsMiddleware)
    app.add_middleware(RequestIdMiddleware)
    app.add_middleware(
        SecurityHeadersMiddleware,
        https=settings.server.public_base_url.startswith("https://"),
        sandbox_origin=settings.sandbox_origin,
    )
    app.state.container = container
    app.state.services = app_services(container, clock, chunk_size)
    install_error_handlers(app)
    for module in (config, session, consent, flow, uploads, transcripts, progress):
        app.include_router(module.router)
    # HR report page: 免登 / report-link sign-in, the JSON view, recordings, /r/{application_id}.
    app.include_router(hr_auth_router)
    app.include_router(report_router)
    # The candidate's offer page /o/{token} and its API (accept, decline, materials, progress).
    app.include_router(offer_router)
    app.include_router(offer_pages)
    # Candidates outside the org: DingTalk OAuth sign-in and opting out of e-mail / SMS.
    app.include_router(candidate_links_router)
    # The HR web console /console and its API (same HR sign-in as the report page).
    for console_module in (console_jobs, console_library, console_pipeline, console_pages):
        app.include_router(console_module.router)
    # The candidate's explanation page /x/{token} and its human-review form (PIPL Art. 24).
    app.include_router(explain_router)
    # Outcomes for the HR console: monthly fairness/validity/drift, proposals, review tasks.
    app.include_router(outcomes_router)
    app.include_router(outcomes_pages)

    @app.get("/healthz", tags=["ops"], summary="Liveness and database check")
    async def healthz() -> JSONResponse:
        body: dict[str, Any] = {"status": "ok", "version": __version__}
        try:
            await db.ping(container.settings.database)
            body["database"] = "ok"
        except Exception as exc:  # the probe reports any failure instead of raising
            body["status"], body["database"] = "degraded", f"error: {type(exc).__name__}"
            return JSONResponse(body, status_code=503)
        body["jobs"] = container.settings.redis.job_backend.value
        return JSONResponse(body)

    @app.get("/readyz", tags=["ops"], summary="Readiness: database, Redis, storage, DingTalk")
    async def readyz() -> JSONResponse:
        # Load balancers send traffic only while every dependency answers (503 otherwise).
        readiness = await check_readiness(container)
        return JSONResponse(readiness.as_json(), status_code=200 if readiness.ready else 503)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        # Scraped by Prometheus from inside the network; nginx refuses it from outside.
        return Response(await render(container.queue.depth), media_type=CONTENT_TYPE_LATEST)

    @app.get(
        "/i/{invite_token}",
        tags=["pages"],
        summary="The H5 interview page",
        response_class=HTMLResponse,
    )
    async def interview_page(invite_token: str) -> FileResponse:
        # The page reads the token from its own URL; the server only serves the HTML.
        return FileResponse(STATIC_DIR / "interview" / "index.html", media_type="text/html")

    @app.get(
        "/i",
        tags=["pages"],
        summary="The H5 interview page without a token (DingTalk login)",
        response_class=HTMLResponse,
    )
    async def interview_page_dingtalk() -> FileResponse:
        # The workbench entry and the OAuth redirect: the page signs in through DingTalk.
        return FileResponse(STATIC_DIR / "interview" / "index.html", media_type="text/html")

    if STATIC_DIR.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
