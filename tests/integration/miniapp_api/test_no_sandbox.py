"""The product app never serves the emulator's sandbox console nor its control API."""

from __future__ import annotations

import httpx
from fastapi import FastAPI


async def test_the_product_app_has_no_sandbox_or_emulator_routes(
    app: FastAPI, client: httpx.AsyncClient
) -> None:
    paths = [getattr(r, "path", "") for r in app.routes]
    assert paths, "the app has routes"
    assert not [p for p in paths if p.startswith(("/_sandbox", "/_emulator"))]
    for path in ("/_sandbox/", "/_sandbox/app.js", "/_emulator/org"):
        assert (await client.get(path)).status_code == 404, path
