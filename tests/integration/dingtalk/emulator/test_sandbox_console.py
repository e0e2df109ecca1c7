"""The sandbox console is served by the emulator itself, with a strict CSP and no inline code."""

from __future__ import annotations

import re

import httpx

from integrations.dingtalk.emulator.sandbox.routes import STATIC_DIR
from integrations.dingtalk.emulator.testing import EmulatorHandle


def test_the_emulator_serves_the_console_page_and_its_modules(emulator: EmulatorHandle) -> None:
    with httpx.Client(base_url=emulator.base_url) as http:
        redirect = http.get("/_sandbox?app=http://127.0.0.1:8000")
        assert redirect.status_code == 307
        assert redirect.headers["location"] == "/_sandbox/?app=http://127.0.0.1:8000"
        page = http.get("/_sandbox/")
        assert page.status_code == 200
        assert "钉钉沙盒" in page.text
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp
        # The candidate phone frames only pages on this machine (DingHire's /i/ and /o/).
        assert "frame-src http://127.0.0.1:* http://localhost:*;" in csp
        assert page.headers["cache-control"] == "no-store"
        modules = ("app.js", "api.js", "chat.js", "cards.js", "markdown.js", "panels.js")
        for name in (*modules, "candidate.js", "journey.js"):
            module = http.get(f"/_sandbox/{name}")
            assert module.status_code == 200, name
            assert "javascript" in module.headers["content-type"], name
        assert http.get("/_sandbox/sandbox.css").status_code == 200
        assert http.get("/_sandbox/../control.py").status_code == 404


def test_the_console_has_no_inline_script_and_no_outside_address() -> None:
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts and all('src="' in attrs and not body.strip() for attrs, body in scripts)
    assert not re.search(r"\son[a-z]+\s*=", html), "inline event handler"
    for path in STATIC_DIR.iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9-]+\.[a-z]", text), path.name
        assert len(text.splitlines()) < 400, path.name
