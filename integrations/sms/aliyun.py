"""Alibaba Cloud SMS adapter of the `SmsSender` port (official SDK alibabacloud-dysmsapi20170525).

SendSms answers HTTP 200 with `Code` "OK" or a business error code (`isv.*`); signature, key and
permission errors come as 4xx and are raised by the SDK as TeaException with the same `Code`.
Per-number flow control (isv.BUSINESS_LIMIT_CONTROL: by default 1 a minute, 5 an hour, 10 a day
to one number) and throttling are worth retrying later; everything else needs a person.
"""

from __future__ import annotations

import json
from typing import Any

from integrations.sms.ports import Sms, SmsError
from settings import SmsSettings

# Codes worth retrying, with the least wait that can help.
RETRYABLE: dict[str, float] = {
    "isv.BUSINESS_LIMIT_CONTROL": 60.0,
    "Throttling": 1.0,
    "Throttling.User": 1.0,
    "isp.SYSTEM_ERROR": 5.0,
    "ServiceUnavailable": 5.0,
    "InternalError": 5.0,
}


def _error(code: str, message: str) -> SmsError:
    wait = RETRYABLE.get(code)
    return SmsError(message or code, code=code, retryable=wait is not None, retry_after_s=wait)


class AliyunSms:
    """Implements `SmsSender` with the SMS signature and credentials in the settings."""

    def __init__(self, settings: SmsSettings) -> None:
        self._settings = settings
        self._client: Any = None

    def _sdk(self) -> Any:
        if self._client is None:
            from alibabacloud_dysmsapi20170525.client import Client
            from alibabacloud_tea_openapi import models as open_api

            s = self._settings
            secret = s.access_key_secret.get_secret_value() if s.access_key_secret else ""
            config = open_api.Config(
                access_key_id=s.access_key_id,
                access_key_secret=secret,
                endpoint=s.endpoint,
                protocol=s.protocol,
                region_id=s.region_id,
                read_timeout=int(s.timeout_s * 1000),
                connect_timeout=int(s.timeout_s * 1000),
            )
            self._client = Client(config)
        return self._client

    async def send(self, sms: Sms) -> str:
        """Send one SMS; SmsError says whether to retry."""
        from alibabacloud_dysmsapi20170525 import models as m
        from alibabacloud_tea_util import models as util
        from Tea.exceptions import TeaException, UnretryableException

        request = m.SendSmsRequest(
            phone_numbers=sms.phone,
            sign_name=self._settings.sign_name,
            template_code=sms.template_code,
            template_param=json.dumps(dict(sms.params), ensure_ascii=False),
            out_id=sms.out_id or None,
        )
        # Retries are the outbox's job (with backoff and a dead letter), not the SDK's.
        runtime = util.RuntimeOptions(autoretry=False)
        try:
            response = await self._sdk().send_sms_with_options_async(request, runtime)
        except TeaException as exc:
            raise _error(str(exc.code or "TeaException"), str(exc.message or "")) from exc
        except UnretryableException as exc:
            raise SmsError("SMS service unreachable", code="Unreachable", retryable=True) from exc
        except OSError as exc:
            raise SmsError("SMS service unreachable", code="Unreachable", retryable=True) from exc
        body = response.body
        code = str(body.code or "")
        if code != "OK":
            raise _error(code or "NoCode", str(body.message or ""))
        return str(body.biz_id or "")
