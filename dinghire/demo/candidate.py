"""A candidate on the interview page, as the mini-app HTTP API sees it."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from dinghire.demo.content import DemoCandidate, answer_key
from dinghire.demo.media import spoken_video

API = "/api/v1/interview"
UPLOADS = "/api/v1/uploads"
MAX_SUBMIT_ROUNDS = 4  # follow-ups can be added while answering; answer them, then submit again


class InterviewApiError(RuntimeError):
    """The API refused a call; the message carries its Chinese explanation."""


@dataclass
class AnswerLog:
    """One answered node, for the printout."""

    position: int  # 1 for the first question answered
    kind: str
    question: str
    mode: str
    seconds: float | None = None


@dataclass
class InterviewRun:
    """What happened on one candidate's page."""

    candidate: DemoCandidate
    session_token: str = ""
    answers: list[AnswerLog] = field(default_factory=list)
    status: str = ""


def _check(response: httpx.Response, what: str) -> dict[str, Any]:
    if response.status_code >= 400:
        try:
            detail = response.json()["error"]["message"]
        except (ValueError, KeyError, TypeError):
            detail = response.text[:200]
        raise InterviewApiError(f"{what}: HTTP {response.status_code} {detail}")
    body: dict[str, Any] = response.json()
    return body


class InterviewPage:
    """The calls the H5 interview page makes, with a bearer session token."""

    def __init__(self, client: httpx.AsyncClient, media_dir: Path, pattern: int = 0) -> None:
        self.client = client
        self.media_dir = media_dir
        self.pattern = pattern
        self.token = ""

    async def _call(self, method: str, path: str, what: str, **kw: Any) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self.token}", **kw.pop("headers", {})}
        response = await self.client.request(method, path, headers=headers, **kw)
        return _check(response, what)

    async def sign_in(self, invite_token: str) -> dict[str, Any]:
        """Open the invite link: a page session for this candidate."""
        body = _check(
            await self.client.post(f"{API}/session", json={"invite_token": invite_token}),
            "sign in with the invite link",
        )
        self.token = str(body["session_token"])
        return body

    async def consent(self, policy_version: str, *, recording: bool) -> str:
        """Agree to processing (and recording unless answering in text); the answer mode."""
        body = {
            "recording": recording,
            "processing": True,
            "face_cues": False,
            "policy_version": policy_version,
        }
        result = await self._call("POST", f"{API}/consent", "consent", json=body)
        return str(result["mode"])

    async def device_check(self, mode: str) -> dict[str, Any]:
        """Report a working camera and microphone (or none for text) and pick the mode."""
        working = mode != "text"
        body = {
            "camera": {"ok": working, "width": 640, "height": 480, "label": "演示摄像头"},
            "microphone": {"ok": working, "peak_level": 0.6, "label": "演示麦克风"},
            "mode_choice": mode,
            "user_agent": "DingHire demo",
        }
        return await self._call("POST", f"{API}/device-check", "device check", json=body)

    async def plan(self) -> dict[str, Any]:
        """The nodes with their state."""
        return await self._call("GET", f"{API}/plan", "read the interview plan")

    async def start(self, index: int) -> dict[str, Any]:
        """Reveal a question."""
        return await self._call("POST", f"{API}/nodes/{index}/start", f"start question {index}")

    async def answer_text(self, index: int, text: str) -> None:
        """Type the answer."""
        await self._call(
            "POST", f"{API}/nodes/{index}/text-answer", f"answer {index}", json={"text": text}
        )

    async def upload(self, index: int, attempt: int, data: bytes, mime: str) -> None:
        """Open an upload, send its chunks with checksums, complete it."""
        opened = await self._call(
            "POST",
            UPLOADS,
            f"open the upload of answer {index}",
            json={
                "node_index": index,
                "attempt": attempt,
                "mime_type": mime,
                "total_bytes": len(data),
            },
        )
        size = int(opened["chunk_size"])
        upload_id = opened["upload_id"]
        for n, offset in enumerate(range(0, len(data), size)):
            chunk = data[offset : offset + size]
            await self._call(
                "PUT",
                f"{UPLOADS}/{upload_id}/chunks/{n}",
                f"upload chunk {n} of answer {index}",
                content=chunk,
                headers={
                    "X-Chunk-Sha256": hashlib.sha256(chunk).hexdigest(),
                    "Content-Type": "application/octet-stream",
                },
            )
        await self._call(
            "POST",
            f"{UPLOADS}/{upload_id}/complete",
            f"complete the upload of answer {index}",
            json={"sha256": hashlib.sha256(data).hexdigest()},
        )

    async def submit(self) -> httpx.Response:
        """Hand in the interview (409 when nodes are still unanswered)."""
        return await self.client.post(
            f"{API}/submit", headers={"Authorization": f"Bearer {self.token}"}
        )

    async def progress(self) -> dict[str, Any]:
        """未开始 / 进行中 / 已提交 / 评估中 / 已完成."""
        return await self._call("GET", f"{API}/progress", "read the progress")


async def take_interview(
    page: InterviewPage,
    candidate: DemoCandidate,
    invite_token: str,
    on_answer: Callable[[AnswerLog], Awaitable[None]],
) -> InterviewRun:
    """Sign in, consent, check devices, answer every node (follow-ups too) and submit."""
    run = InterviewRun(candidate)
    session = await page.sign_in(invite_token)
    run.session_token = page.token
    policy = str(session["consent"]["policy_version"])
    mode = await page.consent(policy, recording=candidate.answer_mode != "text")
    mode = str((await page.device_check(candidate.answer_mode))["mode"])
    for _ in range(MAX_SUBMIT_ROUNDS):
        mode = await _answer_pending(page, candidate, mode, run, on_answer)
        response = await page.submit()
        if response.status_code == 409:
            continue  # a follow-up arrived meanwhile: answer it and hand in again
        run.status = str(_check(response, "submit the interview")["status"])
        return run
    raise InterviewApiError(f"{candidate.name}: the interview could not be submitted")


async def _answer_pending(
    page: InterviewPage,
    candidate: DemoCandidate,
    mode: str,
    run: InterviewRun,
    on_answer: Callable[[AnswerLog], Awaitable[None]],
) -> str:
    """Answer every pending node; returns the answer mode in force afterwards."""
    while True:
        nodes = (await page.plan())["nodes"]
        pending = [n for n in nodes if n["state"] == "pending"]
        if not pending:
            return mode
        node = pending[0]
        started = await page.start(int(node["index"]))
        question = str(started["text"])
        key = "follow_up" if node["kind"] == "follow_up" else answer_key(question)
        words = candidate.answers.get(key) or candidate.answers["follow_up"]
        if mode != "text" and key not in candidate.spoken:
            # The page lets a candidate switch to typing between questions (device check).
            mode = str((await page.device_check("text"))["mode"])
        log = AnswerLog(len(run.answers) + 1, str(node["kind"]), question, mode)
        if mode == "text":
            await page.answer_text(int(node["index"]), words)
        else:
            data = await asyncio.to_thread(
                spoken_video, words, page.media_dir, pattern=page.pattern
            )
            await page.upload(int(node["index"]), int(started["attempt"]), data, "video/mp4")
            log.seconds = len(words) / 3.2  # espeak-ng at 125 wpm reads ~3 characters a second
        run.answers.append(log)
        await on_answer(log)
