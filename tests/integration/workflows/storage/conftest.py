"""A moto S3 server process per module (PyPI `moto[server]`), reset to an empty bucket per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.s3server import S3Server, running_s3_server


@pytest.fixture(scope="module")
def s3_server() -> Iterator[S3Server]:
    """A local S3-protocol server; the suite fails (not skips) when moto is missing."""
    with running_s3_server() as server:
        yield server
