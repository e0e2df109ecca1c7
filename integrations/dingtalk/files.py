"""Files: download what a user sent to the bot; upload media to send files back."""

from __future__ import annotations

from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkError

# Raised by the transport while downloading; handlers catch it under this module's name.
from integrations.dingtalk.errors import DingTalkFileTooLargeError as DingTalkFileTooLargeError
from integrations.dingtalk.transport import HttpCaller, SdkCaller

_MEDIA_TYPES = {"image", "voice", "video", "file"}


class FilesAdapter:
    """Implements the Files port: robot messageFiles/download + GET, and oapi media/upload."""

    def __init__(self, sdk: SdkCaller, http: HttpCaller) -> None:
        self._sdk = sdk
        self._http = http

    async def download_url(self, download_code: str) -> str:
        """The temporary URL DingTalk gives for a received file's downloadCode."""
        from alibabacloud_dingtalk.robot_1_0 import models as m
        from alibabacloud_dingtalk.robot_1_0.client import Client

        request = m.RobotMessageFileDownloadRequest(
            download_code=download_code, robot_code=self._sdk.settings.effective_robot_code
        )
        client = self._sdk.client(Client)

        async def op(token: str) -> Any:
            return await client.robot_message_file_download_with_options_async(
                request,
                token_headers(m.RobotMessageFileDownloadHeaders, token),
                self._sdk.runtime(),
            )

        response = await self._sdk.call("robot messageFiles/download", op)
        url = str(response.body.download_url or "")
        if not url:
            raise DingTalkError("DingTalk returned no download URL", code="NoDownloadUrl")
        return url

    async def download(self, download_code: str, *, max_bytes: int) -> bytes:
        """Fetch a received file; raises DingTalkFileTooLargeError above `max_bytes`."""
        url = await self.download_url(download_code)
        return await self._http.get_bytes(url, max_bytes=max_bytes)

    async def upload_media(self, content: bytes, filename: str, media_type: str = "file") -> str:
        """Upload a file (oapi media/upload) and return its media id."""
        if media_type not in _MEDIA_TYPES:
            raise ValueError(f"media type must be one of {sorted(_MEDIA_TYPES)}")
        body = await self._http.oapi(
            "POST",
            "/media/upload",
            data={"type": media_type},
            files={"media": (filename, content, "application/octet-stream")},
            what="media/upload",
        )
        media_id = str(body.get("media_id") or "")
        if not media_id:
            raise DingTalkError("media upload returned no media_id", code="NoMediaId")
        return media_id
