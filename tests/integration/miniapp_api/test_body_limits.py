"""Bodies over their limit are refused with 413 before anything parses them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from tests.integration.miniapp_api.conftest import CHUNK
from workflows.offers.materials import MAX_MATERIAL_BYTES


async def _stream(size: int, piece: int = 64 * 1024) -> AsyncIterator[bytes]:
    sent = 0
    while sent < size:
        n = min(piece, size - sent)
        sent += n
        yield b"x" * n


async def test_a_large_json_body_is_refused_by_its_declared_length(
    client: httpx.AsyncClient,
) -> None:
    resp = await client.post(
        "/api/v1/consent",
        content=b'{"pad": "' + b"a" * 200_000 + b'"}',
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 413
    assert resp.json()["error"]["code"] == "payload_too_large"
    assert "上传的内容过大" in resp.json()["error"]["message"]
    # The refusal carries the security headers like any other response.
    assert "content-security-policy" in resp.headers


async def test_a_streamed_body_without_length_is_cut_off_at_the_limit(
    client: httpx.AsyncClient,
) -> None:
    resp = await client.post(
        "/api/hr/session",
        content=_stream(1024 * 1024),
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 413


async def test_a_material_form_far_over_its_limit_is_never_spooled(
    client: httpx.AsyncClient,
) -> None:
    boundary = "x" * 20
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()

    async def body() -> AsyncIterator[bytes]:
        yield head
        async for piece in _stream(MAX_MATERIAL_BYTES + 1024 * 1024, 1024 * 1024):
            yield piece

    resp = await client.post(
        "/api/v1/offer/materials",
        content=body(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    assert resp.status_code == 413


async def test_small_bodies_and_full_chunks_still_pass_the_limit(
    client: httpx.AsyncClient,
) -> None:
    # Not refused for size: the routes answer for their own reasons (no session here).
    small = await client.post("/api/hr/session", json={"report_token": "x"})
    chunk = await client.put(
        "/api/v1/uploads/u1/chunks/0", content=b"x" * CHUNK, headers={"x-chunk-sha256": "0" * 64}
    )
    assert small.status_code != 413 and chunk.status_code != 413
