"""A dropped connection mid-chunk over real HTTP, then resuming from GET /uploads/{id}."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from dinghire.bootstrap import Container
from tests.integration.miniapp_api.conftest import CHUNK
from tests.integration.miniapp_api.harness import Flow, World, make_media, sha
from workflows.interviews.models import Answer


@pytest.fixture
async def base_url(app: FastAPI) -> AsyncIterator[str]:
    """The app served by uvicorn on 127.0.0.1, on a free port, in this event loop."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    async with asyncio.timeout(10):
        while not server.started:  # noqa: ASYNC110 - uvicorn has no start event
            await asyncio.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def _drop_mid_chunk(
    base_url: str, token: str, upload_id: str, index: int, chunk: bytes
) -> None:
    """Send the headers and half the body of a chunk, then close the socket."""
    host, port = base_url.removeprefix("http://").split(":")
    _reader, writer = await asyncio.open_connection(host, int(port))
    head = (
        f"PUT /api/v1/uploads/{upload_id}/chunks/{index} HTTP/1.1\r\n"
        f"Host: {host}\r\nAuthorization: Bearer {token}\r\n"
        f"X-Chunk-Sha256: {sha(chunk)}\r\nContent-Type: application/octet-stream\r\n"
        f"Content-Length: {len(chunk)}\r\n\r\n"
    )
    writer.write(head.encode() + chunk[: len(chunk) // 2])
    await writer.drain()
    await asyncio.sleep(0.2)  # let the server start reading the body
    writer.close()
    await writer.wait_closed()


async def test_an_upload_cut_mid_chunk_resumes_and_the_stored_file_is_identical(
    base_url: str, world: World, container: Container, tmp_path: Path
) -> None:
    source = make_media(tmp_path / "long.webm", seconds=4)
    chunks = [source[i : i + CHUNK] for i in range(0, len(source), CHUNK)]
    assert len(chunks) >= 4
    async with httpx.AsyncClient(base_url=base_url) as http:
        page = Flow(http)
        await page.login(world.invite_token)
        await page.consent()
        await page.start(0)
        upload = (await page.open_upload(0, 1, len(source), duration=4)).json()
        uid = upload["upload_id"]
        for index in (0, 1):
            assert (await page.put_chunk(uid, index, chunks[index])).status_code == 200

        await _drop_mid_chunk(base_url, page.token, uid, 2, chunks[2])

        state = (await page.call("GET", f"/api/v1/uploads/{uid}")).json()
        assert state == {"received_bytes": 2 * CHUNK, "next_index": 2, "status": "open"}
        for index in range(state["next_index"], len(chunks)):
            ack = await page.put_chunk(uid, index, chunks[index])
            assert ack.status_code == 200, ack.text
        done = await page.call(
            "POST", f"/api/v1/uploads/{uid}/complete", json={"sha256": sha(source)}
        )
        assert done.status_code == 200, done.text
    answer = await Answer.get(id=done.json()["answer_id"])
    assert await container.store.get(answer.media_key) == source
