"""The real app (bootstrap + miniapp_api + uvicorn) on its own event loop in a thread."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

import uvicorn

from dinghire.bootstrap import Container, bootstrap, shutdown
from dinghire.jobs import job_functions
from miniapp_api.app import create_app
from settings import Settings
from workflows.background.names import JobName
from workflows.background.queue import InProcessJobQueue

T = TypeVar("T")


class AnalysisRecorder:
    """Remembers which answers were handed to the analysis job; with `real`, runs the real job
    too (transcription included), otherwise stands in for a worker that never gets to them."""

    def __init__(self, *, real: bool = False) -> None:
        self.answer_ids: list[int] = []
        self.real = real

    def job(self) -> Any:
        """A job function named like the real one, recording its answer id."""
        recorder = self
        from workflows.assessments.jobs import analyse_answer_job as real_job

        async def analyse_answer_job(ctx: dict[str, Any], answer_id: int, *args: Any) -> Any:
            recorder.answer_ids.append(int(answer_id))
            if recorder.real:
                return await real_job(ctx, answer_id, *args)
            return None

        return analyse_answer_job


class LiveServer:
    """Runs coroutines and the HTTP server on one private loop, so the ORM stays on one loop."""

    def __init__(self, settings: Settings, port: int, *, real_analysis: bool = False) -> None:
        self.settings = settings
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.analysis = AnalysisRecorder(real=real_analysis)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="e2e-server")
        self._server: uvicorn.Server | None = None
        self._serving: Future[None] | None = None
        self.container: Container | None = None

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        """Run a coroutine on the server's loop and return its result."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def start(self) -> None:
        """Bootstrap the process, swap in the recording analysis job, serve on the port."""
        self._thread.start()
        self.container = self.run(bootstrap(self.settings))
        functions = [f for f in job_functions() if f.__name__ != JobName.ANALYSE_ANSWER]
        queue = InProcessJobQueue(
            [*functions, self.analysis.job()], self.container.job_ctx, max_tries=1
        )
        self.container.queue = queue
        self.container.job_ctx["queue"] = queue
        self._queue = queue
        app = create_app(self.container)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._serving = asyncio.run_coroutine_threadsafe(self._server.serve(), self._loop)
        self.run(self._wait_started())

    async def _wait_started(self) -> None:
        assert self._server is not None
        async with asyncio.timeout(20):
            # uvicorn has no start event; polling its flag is the documented way.
            while not self._server.started:  # noqa: ASYNC110
                await asyncio.sleep(0.02)

    async def drain(self) -> None:
        """Wait for the jobs the requests enqueued."""
        await self._queue.drain(30)

    def stop(self) -> None:
        """Stop serving, shut the container down, end the thread."""
        try:
            if self._server is not None and self._serving is not None:
                self._server.should_exit = True
                self._serving.result(20)
            if self.container is not None:
                self.run(self._queue.close())
                self.run(shutdown(self.container))
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(20)
            self._loop.close()
