"""A local server of Alibaba Cloud's SMS API (dysmsapi 2017-05-25, SendSms), for tests and the
sandbox: the official SDK talks to it as to dysmsapi.aliyuncs.com.

Behaviour from Alibaba Cloud's SendSms reference (AC:dysmsapi-SendSms) and its signature
reference (AC:signature-v3):
- requests are signed with ACS3-HMAC-SHA256; a wrong key or signature is refused (HTTP 404
  InvalidAccessKeyId.NotFound / 400 SignatureDoesNotMatch);
- an unknown signature name or template code, a template variable missing, or a malformed
  mobile number is a business error: HTTP 200 with Code isv.SMS_SIGNATURE_ILLEGAL,
  isv.SMS_TEMPLATE_ILLEGAL, isv.TEMPLATE_MISSING_PARAMETERS or isv.MOBILE_NUMBER_ILLEGAL;
- per-number flow control: more than `per_minute` messages to one number within a minute is
  isv.BUSINESS_LIMIT_CONTROL (1 a minute by default at Alibaba Cloud);
- success: {"Code": "OK", "Message": "OK", "BizId": ..., "RequestId": ...}.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

_MOBILE = re.compile(r"^(\+?86)?1[3-9]\d{9}$")
_VARIABLE = re.compile(r"\$\{(\w+)\}")


@dataclass
class SentSms:
    """One accepted SMS as the carrier would deliver it."""

    phone: str
    sign_name: str
    template_code: str
    params: dict[str, str]
    text: str
    out_id: str
    biz_id: str
    at: float


@dataclass
class SmsAccount:
    """The emulated account: its key, approved signatures and templates (code -> text)."""

    access_key_id: str = "LTAI-local-test"
    access_key_secret: str = "local-test-secret"  # noqa: S105 - the local emulator's own key
    signatures: set[str] = field(default_factory=lambda: {"钉招聘"})
    templates: dict[str, str] = field(default_factory=dict)
    per_minute: int = 1


def _enc(value: str) -> str:
    return quote(value, safe="-_.~")


def _canonical_query(raw_query: str) -> str:
    pairs = parse_qsl(raw_query, keep_blank_values=True)
    return "&".join(f"{_enc(k)}={_enc(v)}" for k, v in sorted(pairs))


def expected_signature(
    request_method: str,
    path: str,
    raw_query: str,
    headers: dict[str, str],
    signed: list[str],
    payload_hash: str,
    secret: str,
) -> str:
    """The ACS3-HMAC-SHA256 signature of a request (AC:signature-v3)."""
    canonical_headers = "".join(f"{h}:{headers.get(h, '').strip()}\n" for h in signed)
    canonical = "\n".join(
        [
            request_method,
            path or "/",
            _canonical_query(raw_query),
            canonical_headers,
            ";".join(signed),
            payload_hash,
        ]
    )
    to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
    return hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()


def _answer(code: str, message: str, status: int = 200, **extra: Any) -> JSONResponse:
    body = {"Code": code, "Message": message, "RequestId": uuid.uuid4().hex.upper(), **extra}
    return JSONResponse(body, status_code=status)


class SmsEmulator:
    """The SendSms endpoint over an `SmsAccount`."""

    def __init__(self, account: SmsAccount | None = None) -> None:
        self.account = account or SmsAccount()
        self.sent: list[SentSms] = []
        self.requests = 0
        self._lock = threading.Lock()
        self.app = Starlette(routes=[Route("/", self._endpoint, methods=["POST", "GET"])])

    def _verify(self, request: Request, body: bytes) -> JSONResponse | None:
        auth = request.headers.get("authorization", "")
        match = re.match(
            r"ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]+)",
            auth,
        )
        if match is None:
            return _answer("MissingAuthorization", "Authorization is mandatory", 400)
        key, signed, signature = match.group(1), match.group(2).split(";"), match.group(3)
        if key != self.account.access_key_id:
            return _answer("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404)
        headers = {k.lower(): v for k, v in request.headers.items()}
        payload_hash = headers.get("x-acs-content-sha256", "")
        if payload_hash != hashlib.sha256(body).hexdigest():
            return _answer("SignatureDoesNotMatch", "payload hash mismatch", 400)
        wanted = expected_signature(
            request.method,
            request.url.path,
            request.url.query,
            headers,
            signed,
            payload_hash,
            self.account.access_key_secret,
        )
        if not hmac.compare_digest(wanted, signature):
            return _answer("SignatureDoesNotMatch", "Specified signature is not matched.", 400)
        return None

    async def _endpoint(self, request: Request) -> JSONResponse:
        body = await request.body()
        with self._lock:
            self.requests += 1
        refused = self._verify(request, body)
        if refused is not None:
            return refused
        if request.headers.get("x-acs-action") != "SendSms":
            return _answer("InvalidAction.NotFound", "Specified api is not found", 404)
        q = dict(parse_qsl(request.url.query, keep_blank_values=True))
        q.update(dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)))
        return self._send(q)

    def _send(self, q: dict[str, str]) -> JSONResponse:
        phone = q.get("PhoneNumbers", "")
        if not _MOBILE.match(phone):
            return _answer("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号")
        if q.get("SignName") not in self.account.signatures:
            return _answer("isv.SMS_SIGNATURE_ILLEGAL", "该账号下找不到对应签名")
        template = self.account.templates.get(q.get("TemplateCode", ""))
        if template is None:
            return _answer("isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板")
        try:
            params = json.loads(q.get("TemplateParam") or "{}")
        except ValueError:
            return _answer("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
        if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
            return _answer("isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值")
        missing = [v for v in _VARIABLE.findall(template) if v not in params]
        if missing:
            return _answer("isv.TEMPLATE_MISSING_PARAMETERS", "模板缺少变量")
        now = time.time()
        with self._lock:
            recent = [s for s in self.sent if s.phone == phone and now - s.at < 60]
            if len(recent) >= self.account.per_minute:
                return _answer("isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控")
            text = f"【{q['SignName']}】" + _VARIABLE.sub(lambda m: params[m.group(1)], template)
            biz_id = f"{uuid.uuid4().int % 10**15}^0"
            self.sent.append(
                SentSms(
                    phone,
                    q["SignName"],
                    q["TemplateCode"],
                    params,
                    text,
                    q.get("OutId", ""),
                    biz_id,
                    now,
                )
            )
        return _answer("OK", "OK", BizId=biz_id)


class SmsEmulatorServer:
    """The emulator on 127.0.0.1 in a background thread (`with SmsEmulatorServer() as s:`)."""

    def __init__(self, emulator: SmsEmulator | None = None) -> None:
        self.emulator = emulator or SmsEmulator()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = int(self._sock.getsockname()[1])
        config = uvicorn.Config(self.emulator.app, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="sms-emulator", daemon=True)

    @property
    def endpoint(self) -> str:
        """host:port for the SDK's `endpoint` (with protocol http)."""
        return f"127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def start(self) -> SmsEmulatorServer:
        """Serve until `stop`."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("SMS emulator did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Stop serving and join the thread."""
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()

    def __enter__(self) -> SmsEmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
