"""Tokens, stream connection open, login (免登, OAuth2) and contact APIs (contract §1, §2.1, §8)."""

from __future__ import annotations

import secrets
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from integrations.dingtalk.emulator import errors
from integrations.dingtalk.emulator.api import Ctx, api_route
from integrations.dingtalk.emulator.core import Emulator
from integrations.dingtalk.emulator.models import AuthCode, RefreshToken, User


async def access_token(ctx: Ctx) -> Response:
    """POST /v1.0/oauth2/accessToken."""
    app = ctx.emu.app_by_credentials(
        str(ctx.body.get("appKey", "")), str(ctx.body.get("appSecret", ""))
    )
    if app is None:
        raise errors.invalid_client()
    token = ctx.emu.issue_token("app", app.app_key)
    return ctx.ok({"accessToken": token.token, "expireIn": ctx.emu.config.token_ttl_s})


async def get_token_old(ctx: Ctx) -> Response:
    """GET /gettoken?appkey=&appsecret=."""
    app = ctx.emu.app_by_credentials(ctx.query("appkey"), ctx.query("appsecret"))
    if app is None:
        raise errors.invalid_app_key_old()
    token = ctx.emu.issue_token("app", app.app_key)
    return ctx.ok({"access_token": token.token, "expires_in": ctx.emu.config.token_ttl_s})


async def open_connection(ctx: Ctx) -> Response:
    """POST /v1.0/gateway/connections/open."""
    assert ctx.emu.gateway is not None
    return JSONResponse(ctx.emu.gateway.open_connection(ctx.body))


def issue_auth_code(emu: Emulator, user: User) -> str:
    """A single-use temporary auth code for a user (used by the control API)."""
    code = secrets.token_hex(16)
    emu.state.auth_codes[code] = AuthCode(
        code=code, union_id=user.union_id, expires_at=emu.now() + emu.config.auth_code_ttl_s
    )
    emu.touch()
    return code


def _redeem_code(emu: Emulator, code: str) -> User:
    entry = emu.state.auth_codes.get(code)
    if entry is None or entry.used or entry.expires_at <= emu.now():
        raise errors.auth_code_invalid()
    entry.used = True
    user = emu.user_by_union(entry.union_id)
    if user is None:
        raise errors.auth_code_invalid()
    return user


async def get_user_info_old(ctx: Ctx) -> Response:
    """POST /topapi/v2/user/getuserinfo: 免登, org members only."""
    user = _redeem_code(ctx.emu, str(ctx.field("code")))
    if user.external or not user.user_id:
        raise errors.user_not_found()
    return ctx.ok(
        {
            "result": {
                "userid": user.user_id,
                "unionid": user.union_id,
                "associated_unionid": "",
                "name": user.name,
                "device_id": "emulator-device",
                "sys": user.is_admin,
                "sys_level": 1 if user.is_admin else 0,
            }
        }
    )


def user_detail_old(user: User, emu: Emulator) -> dict[str, Any]:
    """The `result` of /topapi/v2/user/get."""
    return {
        "userid": user.user_id,
        "unionid": user.union_id,
        "name": user.name,
        "mobile": user.mobile,
        "state_code": "86",
        "email": user.email,
        "title": user.title,
        "avatar": user.avatar_url,
        "dept_id_list": user.dept_ids,
        "active": True,
        "admin": user.is_admin,
        "boss": False,
        "leader_in_dept": [
            {"dept_id": d, "leader": "manager" in user.roles} for d in user.dept_ids
        ],
        "role_list": [
            {"id": i + 1, "name": r, "group_name": "默认"} for i, r in enumerate(user.roles)
        ],
        "org_email": user.email,
        "hired_date": int(emu.now() * 1000),
    }


async def get_user_old(ctx: Ctx) -> Response:
    """POST /topapi/v2/user/get."""
    user = ctx.emu.staff(str(ctx.field("userid")))
    if user is None:
        raise errors.user_not_found()
    return ctx.ok({"result": user_detail_old(user, ctx.emu)})


async def user_access_token(ctx: Ctx) -> Response:
    """POST /v1.0/oauth2/userAccessToken: authorization_code and refresh_token grants."""
    app = ctx.emu.app_by_credentials(
        str(ctx.body.get("clientId", "")), str(ctx.body.get("clientSecret", ""))
    )
    if app is None:
        raise errors.invalid_client()
    grant = str(ctx.body.get("grantType", "authorization_code"))
    if grant == "refresh_token":
        entry = ctx.emu.state.refresh_tokens.pop(str(ctx.body.get("refreshToken", "")), None)
        if entry is None or entry.app_key != app.app_key:
            raise errors.ApiError(400, "invalidRefreshToken", "不合法的refresh_token", 40078)
        user = ctx.emu.user_by_union(entry.union_id)
        if user is None:
            raise errors.ApiError(400, "invalidRefreshToken", "不合法的refresh_token", 40078)
    elif grant == "authorization_code":
        user = _redeem_code(ctx.emu, str(ctx.field("code")))
    else:
        raise errors.invalid_parameter("grantType")
    token = ctx.emu.issue_token("user", app.app_key, user.union_id)
    refresh = RefreshToken(token=secrets.token_hex(16), union_id=user.union_id, app_key=app.app_key)
    ctx.emu.state.refresh_tokens[refresh.token] = refresh
    payload: dict[str, Any] = {
        "accessToken": token.token,
        "refreshToken": refresh.token,
        "expireIn": ctx.emu.config.token_ttl_s,
    }
    if not user.external:
        payload["corpId"] = ctx.emu.org.corp_id
    return ctx.ok(payload)


async def contact_user(ctx: Ctx) -> Response:
    """GET /v1.0/contact/users/{unionId} with a USER token; `me` = the token's user."""
    assert ctx.token is not None
    union_id = ctx.request.path_params["union_id"]
    if union_id not in ("me", ctx.token.union_id):
        raise errors.ApiError(
            403,
            "Forbidden.AccessDenied.AccessTokenPermissionDenied",
            "没有调用该接口的权限",
            60011,
        )
    user = ctx.emu.user_by_union(ctx.token.union_id)
    if user is None:
        raise errors.invalid_token()
    return ctx.ok(
        {
            "nick": user.name,
            "avatarUrl": user.avatar_url,
            "mobile": user.mobile,
            "stateCode": "86",
            "email": user.email,
            "openId": "oid" + user.union_id[3:],
            "unionId": user.union_id,
            "visitor": False,
        }
    )


def routes() -> list[BaseRoute]:
    """The routes of this family (none counts against the monthly quota: token, identity and
    contacts APIs are left out, OD:how-to-process-api-throttling-on-the-dingtalk-server)."""
    return [
        api_route(
            "POST",
            "/v1.0/oauth2/accessToken",
            access_token,
            auth="none",
            throttle=False,
            quota=False,
        ),
        api_route(
            "GET",
            "/gettoken",
            get_token_old,
            family="old",
            auth="none",
            throttle=False,
            quota=False,
        ),
        api_route(
            "POST",
            "/v1.0/gateway/connections/open",
            open_connection,
            auth="none",
            throttle=False,
            quota=False,
        ),
        api_route(
            "POST", "/v1.0/oauth2/userAccessToken", user_access_token, auth="none", quota=False
        ),
        api_route("GET", "/v1.0/contact/users/{union_id}", contact_user, auth="user", quota=False),
        api_route(
            "POST", "/topapi/v2/user/getuserinfo", get_user_info_old, family="old", quota=False
        ),
        api_route("POST", "/topapi/v2/user/get", get_user_old, family="old", quota=False),
    ]
