"""A tiny OpenAI-compatible chat-completions server for the LLM judge's tests.

It speaks the same protocol as vLLM or llama.cpp's server (POST /v1/chat/completions, JSON in,
a `chat.completion` object out, OpenAI-style error bodies) on a free loopback port, and answers
with what the test's `judge` function returns for each request. It records every request it
serves, so tests can count calls and read what the client sent. One connection per request
(HTTP/1.0), so once stopped nothing is served from a kept-alive connection.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class ChatRequest:
    """What the judge function sees of one request."""

    body: dict[str, Any]

    @property
    def user(self) -> str:
        """The user message."""
        return str(next(m["content"] for m in self.body["messages"] if m["role"] == "user"))

    @property
    def answer(self) -> str:
        """The candidate's answer between the prompt's <answer> tags."""
        found = re.search(r"<answer>\n(.*)\n</answer>", self.user, re.S)
        return found.group(1) if found else ""

    @property
    def dimension(self) -> str:
        """The code of the dimension being judged: `评估维度：名称（code）`."""
        found = re.search(r"评估维度：[^（\n]*（([^）]+)）", self.user)
        return found.group(1) if found else ""


@dataclass(frozen=True)
class Failure:
    """An HTTP error the server answers with, in OpenAI's error format."""

    status: int
    message: str = "server error"


# A reply: the assistant message's content, or an HTTP failure.
Judge = Callable[[ChatRequest], "str | Failure"]


class ChatServer:
    """Serves /v1/chat/completions with `judge` on 127.0.0.1 until stopped."""

    def __init__(self, judge: Judge, model: str = "test-judge-7b") -> None:
        self.judge = judge
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def base_url(self) -> str:
        """The OpenAI base URL (with /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def calls(self) -> int:
        """Chat requests served so far."""
        with self._lock:
            return len(self.requests)

    def stop(self) -> None:
        """Stop serving and free the port (connections are then refused)."""
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, _error("not found", "invalid_request_error"))
                    return
                with server._lock:
                    server.requests.append(body)
                    n = len(server.requests)
                reply = server.judge(ChatRequest(body))
                if isinstance(reply, Failure):
                    self._send(reply.status, _error(reply.message, "server_error"))
                    return
                self._send(200, _completion(server.model, reply, n))

        return Handler


def _error(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _completion(model: str, content: str, n: int) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{n:06d}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_test",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 612, "completion_tokens": 48, "total_tokens": 660},
    }


def verdict_json(level: int, quotes: list[str], reason: str) -> str:
    """A verdict as the judge's structured output."""
    return json.dumps({"level": level, "quotes": quotes, "reason": reason}, ensure_ascii=False)


def first_sentence(answer: str) -> str:
    """The answer's first sentence, up to and without its 。"""
    return answer.split("。", 1)[0]
