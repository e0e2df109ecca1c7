"""Mini-app login: authCode 免登 for org members, DingTalk OAuth for external candidates."""

from __future__ import annotations

from typing import Any

from integrations.dingtalk.cards import token_headers
from integrations.dingtalk.errors import DingTalkAuthError
from integrations.dingtalk.ports import ExternalUser, OrgUser
from integrations.dingtalk.transport import HttpCaller, SdkCaller


class LoginAdapter:
    """Implements the Login port."""

    def __init__(self, sdk: SdkCaller, http: HttpCaller) -> None:
        self._sdk = sdk
        self._http = http

    async def org_user_from_auth_code(self, auth_code: str) -> OrgUser:
        """Resolve a mini-app authCode (members only): POST topapi/v2/user/getuserinfo."""
        body = await self._http.oapi(
            "POST",
            "/topapi/v2/user/getuserinfo",
            json={"code": auth_code},
            what="getuserinfo",
            quota_free=True,
        )
        result = body.get("result") or {}
        user_id = str(result.get("userid") or "")
        if not user_id:
            raise DingTalkAuthError("authCode did not resolve to an org member", code="NoUserId")
        return OrgUser(user_id, str(result.get("unionid") or ""), str(result.get("name") or ""))

    async def external_user_from_oauth_code(self, auth_code: str) -> ExternalUser:
        """OAuth authCode -> userAccessToken -> contact/users/me (any DingTalk account)."""
        from alibabacloud_dingtalk.contact_1_0 import models as cm
        from alibabacloud_dingtalk.contact_1_0.client import Client as ContactClient
        from alibabacloud_dingtalk.oauth2_1_0 import models as om
        from alibabacloud_dingtalk.oauth2_1_0.client import Client as OAuthClient

        settings = self._sdk.settings
        request = om.GetUserTokenRequest(
            client_id=settings.app_key,
            client_secret=settings.app_secret.get_secret_value(),
            code=auth_code,
            grant_type="authorization_code",
        )
        oauth = self._sdk.client(OAuthClient)

        async def get_token() -> Any:
            return await oauth.get_user_token_async(request)

        token_body = (await self._sdk.call_anonymous("oauth2 userAccessToken", get_token)).body
        user_token = str(token_body.access_token or "")
        if not user_token:
            raise DingTalkAuthError("OAuth code gave no user token", code="NoUserToken")
        contact = self._sdk.client(ContactClient)

        async def get_me() -> Any:
            # The user's own token, not the app token: GetUser with unionId "me".
            return await contact.get_user_with_options_async(
                "me", token_headers(cm.GetUserHeaders, user_token), self._sdk.runtime()
            )

        me = (await self._sdk.call_anonymous("contact users/me", get_me)).body
        return ExternalUser(
            union_id=str(me.union_id or ""),
            open_id=str(me.open_id or ""),
            nick=str(me.nick or ""),
            mobile=str(me.mobile or ""),
            avatar_url=str(me.avatar_url or ""),
        )
