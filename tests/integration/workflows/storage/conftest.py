"""A moto S3 server process per module (PyPI `moto[server]`), reset to an empty bucket per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.s3server import S3Server, moto_server_command


@pytest.fixture(scope="module")
def s3_server() -> Iterator[S3Server]:
    """A local S3-protocol server; the suite fails (not skips) when moto is missing."""
    if moto_server_command() is None:
        pytest.fail("moto_server is not installed: run make install-dev (dev extra moto[server])")
    server = S3Server().start()
    try:
        yield server
    finally:
        server.stop()
