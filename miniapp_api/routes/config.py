"""What the H5 page needs before it signs in (DingTalk 免登 needs the corpId)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from miniapp_api.deps import ServicesDep

router = APIRouter(prefix="/api/v1/interview", tags=["interview"])


class PageConfig(BaseModel):
    """Public values only: the corpId is not a secret (DingTalk puts it in page URLs)."""

    dingtalk_login: bool
    corp_id: str | None


@router.get(
    "/config",
    response_model=PageConfig,
    summary="Page settings before sign-in: whether DingTalk 免登 is on, and the corpId for it",
)
async def page_config(deps: ServicesDep) -> PageConfig:
    if deps.dingtalk is None:
        return PageConfig(dingtalk_login=False, corp_id=None)
    return PageConfig(dingtalk_login=True, corp_id=deps.settings.dingtalk.corp_id)
