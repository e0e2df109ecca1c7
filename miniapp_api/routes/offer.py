"""The candidate's offer page and its API: view, accept or decline, materials, progress.

Every API call carries the signed offer link's token as `Authorization: Bearer <token>`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Header, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, Field

from miniapp_api.deps import ServicesDep
from miniapp_api.schemas import ERRORS
from workflows.links import OFFER_INVALID_MESSAGE, verify_offer_token
from workflows.offers.acceptance import accept_offer, decline_offer
from workflows.offers.letter import OfferLetter, offer_candidate, offer_letter
from workflows.offers.materials import (
    KIND_LABELS,
    MAX_MATERIAL_BYTES,
    MaterialInfo,
    list_materials,
    required_kinds,
    upload_material,
)
from workflows.offers.messages import MATERIALS_TO_BRING
from workflows.offers.models import OfferStatus
from workflows.offers.progress import onboarding_progress
from workflows.signing import TokenError

PAGE = Path(__file__).resolve().parent.parent / "static" / "offer" / "index.html"
STATUS_LABELS = {
    OfferStatus.DRAFT: "草稿",
    OfferStatus.PENDING_APPROVAL: "审批中",
    OfferStatus.APPROVED: "待你确认",
    OfferStatus.REFUSED: "未通过审批",
    OfferStatus.TERMINATED: "已撤回",
    OfferStatus.ACCEPTED: "已接受",
    OfferStatus.DECLINED: "已拒绝",
}

router = APIRouter(prefix="/api/v1/offer", tags=["offer"])
pages = APIRouter(tags=["pages"])


def current_offer_id(
    request: Request,
    deps: ServicesDep,
    authorization: Annotated[str, Header(description="Bearer <offer link token>")] = "",
) -> int:
    """The offer the Bearer token was signed for."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise TokenError("missing bearer token", user_message=OFFER_INVALID_MESSAGE)
    # The same server clock as the interview API (tests inject a fake one there).
    return verify_offer_token(token.strip(), deps.secret, deps.clock()).offer_id


OfferId = Annotated[int, Depends(current_offer_id)]


class NoticeOut(BaseModel):
    title: str
    body: str
    created_at: datetime


class OfferOut(BaseModel):
    offer_id: int
    status: str
    status_label: str
    job_title: str
    department: str
    city: str
    level: str
    monthly_salary: int | None
    salary_min: int | None
    salary_max: int | None
    start_date: date | None
    entry_date: date | None
    materials_to_bring: list[str]
    responded_at: datetime | None
    candidate_remark: str
    notices: list[NoticeOut]


class AcceptRequest(BaseModel):
    remark: str = Field(default="", max_length=2000)


class DeclineRequest(BaseModel):
    reason: str = Field(default="", max_length=2000)


class MaterialOut(BaseModel):
    id: int
    kind: str
    label: str
    file_name: str
    content_type: str
    size_bytes: int
    uploaded_at: datetime


class MaterialsOut(BaseModel):
    items: list[MaterialOut]
    kinds: dict[str, str]
    required: list[str]
    max_bytes: int


class StepOut(BaseModel):
    key: str
    label: str
    state: str
    detail: str


class ProgressOut(BaseModel):
    status: str
    steps: list[StepOut]
    missing_materials: list[str]
    entry_date: date | None


def _offer_out(letter: OfferLetter) -> OfferOut:
    return OfferOut(
        offer_id=letter.offer_id,
        status=letter.status.value,
        status_label=STATUS_LABELS[letter.status],
        job_title=letter.job_title,
        department=letter.department,
        city=letter.city,
        level=letter.level,
        monthly_salary=letter.monthly_salary,
        salary_min=letter.salary_min,
        salary_max=letter.salary_max,
        start_date=letter.start_date,
        entry_date=letter.entry_date,
        materials_to_bring=list(MATERIALS_TO_BRING),
        responded_at=letter.responded_at,
        candidate_remark=letter.candidate_remark,
        notices=[
            NoticeOut(title=n.title, body=n.body, created_at=n.created_at) for n in letter.notices
        ],
    )


def _material_out(m: MaterialInfo) -> MaterialOut:
    return MaterialOut(
        id=m.id,
        kind=m.kind.value,
        label=m.label,
        file_name=m.file_name,
        content_type=m.content_type,
        size_bytes=m.size_bytes,
        uploaded_at=m.uploaded_at,
    )


@pages.get("/o/{offer_token}", summary="The candidate's offer page", response_class=HTMLResponse)
async def offer_page(offer_token: str) -> FileResponse:
    # The page reads the token from its own URL; the server only serves the HTML.
    return FileResponse(PAGE, media_type="text/html")


@router.get("", response_model=OfferOut, responses=ERRORS, summary="The offer letter")
async def get_offer(offer_id: OfferId, deps: ServicesDep) -> OfferOut:
    return _offer_out(await offer_letter(offer_id, vault=deps.vault))


@router.post("/accept", response_model=OfferOut, responses=ERRORS, summary="Accept the offer")
async def post_accept(body: AcceptRequest, offer_id: OfferId, deps: ServicesDep) -> OfferOut:
    await accept_offer(offer_id, remark=body.remark, deps=deps)
    return _offer_out(await offer_letter(offer_id, vault=deps.vault))


@router.post("/decline", response_model=OfferOut, responses=ERRORS, summary="Decline (reason)")
async def post_decline(body: DeclineRequest, offer_id: OfferId, deps: ServicesDep) -> OfferOut:
    await decline_offer(offer_id, reason=body.reason, deps=deps)
    return _offer_out(await offer_letter(offer_id, vault=deps.vault))


@router.get("/materials", response_model=MaterialsOut, responses=ERRORS, summary="Materials")
async def get_materials(offer_id: OfferId, deps: ServicesDep) -> MaterialsOut:
    items = await list_materials(offer_id, actor=await offer_candidate(offer_id), deps=deps)
    return MaterialsOut(
        items=[_material_out(m) for m in items],
        kinds={k.value: v for k, v in KIND_LABELS.items()},
        required=[k.value for k in required_kinds(deps.settings)],
        max_bytes=MAX_MATERIAL_BYTES,
    )


@router.post(
    "/materials",
    response_model=MaterialOut,
    responses=ERRORS,
    summary="Upload one material (PDF, JPG or PNG, at most 20 MB)",
)
async def post_material(
    offer_id: OfferId,
    deps: ServicesDep,
    kind: Annotated[str, Form()],
    file: Annotated[UploadFile, File()],
) -> MaterialOut:
    # One byte over the limit is enough to refuse; the rest is never read.
    data = await file.read(MAX_MATERIAL_BYTES + 1)
    info = await upload_material(
        offer_id,
        kind,
        file_name=file.filename or "",
        data=data,
        actor=await offer_candidate(offer_id),
        deps=deps,
    )
    return _material_out(info)


@router.get("/progress", response_model=ProgressOut, responses=ERRORS, summary="Onboarding steps")
async def get_progress(offer_id: OfferId, deps: ServicesDep) -> ProgressOut:
    now = await onboarding_progress(offer_id, deps.settings)
    return ProgressOut(
        status=now.status,
        steps=[
            StepOut(key=s.key, label=s.label, state=s.state, detail=s.detail) for s in now.steps
        ],
        missing_materials=now.missing_materials,
        entry_date=now.entry_date,
    )
