"""The real API process for the schema fuzz test: settings from the environment, bootstrap,
`create_app`, uvicorn on the given port (no bot, no DingTalk). `python -m` this module."""

from __future__ import annotations

import asyncio
import sys

import uvicorn

from dinghire.bootstrap import bootstrap, shutdown
from miniapp_api.app import create_app
from settings import load_settings


async def serve(port: int) -> None:
    """Serve until killed."""
    container = await bootstrap(load_settings(strict=False))
    try:
        config = uvicorn.Config(
            create_app(container),
            host="127.0.0.1",
            port=port,
            lifespan="off",
            log_level="warning",
            log_config=None,
        )
        await uvicorn.Server(config).serve()
    finally:
        await shutdown(container)


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
