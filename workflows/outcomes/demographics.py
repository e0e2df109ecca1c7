"""Demographic data of candidates: encrypted at rest, used only by the fairness analysis, read
only by the HR head and admins, every read audited. Age is kept as a birth year and analysed
in bands (under 35 / 35-44 / 45+), as the 2019 notice on equal employment names them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from workflows.actors import Actor
from workflows.outcomes.access import require_fairness_access
from workflows.outcomes.models import DemographicProfile
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault

GENDERS = ("男", "女")
SCHOOL_TIERS = ("985/211", "双一流", "一本", "二本", "专科", "海外", "其他")
AGE_BANDS = ("35岁以下", "35-44岁", "45岁及以上")
REGIONS = ("华北", "东北", "华东", "华中", "华南", "西南", "西北", "港澳台及海外")
ATTRIBUTES = {"gender": "性别", "age_band": "年龄段", "region": "地区", "school_tier": "学校层次"}


@dataclass(frozen=True, slots=True)
class Demographics:
    """What the fairness analysis may know about a person ("" = unknown)."""

    gender: str = ""
    birth_year: int | None = None
    region: str = ""
    school_tier: str = ""

    def merged(self, newer: Demographics) -> Demographics:
        """These values with any filled value of `newer` on top."""
        return Demographics(
            gender=newer.gender or self.gender,
            birth_year=newer.birth_year or self.birth_year,
            region=newer.region or self.region,
            school_tier=newer.school_tier or self.school_tier,
        )

    def groups(self, year: int) -> dict[str, str | None]:
        """Category per analysed attribute in `year` (None when unknown)."""
        return {
            "gender": self.gender or None,
            "age_band": age_band(self.birth_year, year),
            "region": self.region or None,
            "school_tier": self.school_tier or None,
        }


def age_band(birth_year: int | None, year: int) -> str | None:
    """35岁以下 / 35-44岁 / 45岁及以上 by age reached in `year`."""
    if birth_year is None:
        return None
    age = year - birth_year
    if age < 35:
        return AGE_BANDS[0]
    return AGE_BANDS[1] if age < 45 else AGE_BANDS[2]


def _seal(vault: PiiVault, value: Demographics) -> str:
    return vault.encrypt(
        json.dumps(asdict(value), ensure_ascii=False), context=contexts.DEMOGRAPHICS
    )


def _open(vault: PiiVault, token: str) -> Demographics:
    if not token:
        return Demographics()
    data = json.loads(vault.decrypt(token, context=contexts.DEMOGRAPHICS))
    return Demographics(
        gender=str(data.get("gender") or ""),
        birth_year=int(data["birth_year"]) if data.get("birth_year") else None,
        region=str(data.get("region") or ""),
        school_tier=str(data.get("school_tier") or ""),
    )


async def save_profile(
    candidate_id: int, value: Demographics, *, vault: PiiVault, actor: Actor, source: str
) -> None:
    """Store (merge into) a candidate's profile; the audit names the fields, not the values."""
    row = await DemographicProfile.get_or_none(candidate_id=candidate_id)
    if row is None:
        await DemographicProfile.create(
            candidate_id=candidate_id, data_enc=_seal(vault, value), source=source
        )
    else:
        row.data_enc = _seal(vault, _open(vault, row.data_enc).merged(value))
        row.source = source
        await row.save(update_fields=["data_enc", "source", "updated_at"])
    filled = [k for k, v in asdict(value).items() if v]
    await record_access(actor, "demographics.write", "candidate", candidate_id, fields=filled)


async def backfill_from_candidates(*, vault: PiiVault, actor: Actor) -> int:
    """Profiles for candidates who have none, from what registration already keeps (birth
    year, city -> region); returns how many were created. Gender and school tier come only
    from HR's import."""
    from workflows.candidates.models import Candidate
    from workflows.outcomes.regions import region_of

    rows = await DemographicProfile.all().values("candidate_id")
    have = {int(r["candidate_id"]) for r in rows}
    created = 0
    for cand in await Candidate.filter(erased_at__isnull=True).only("id", "birth_year", "city"):
        if cand.id in have:
            continue
        value = Demographics(birth_year=cand.birth_year, region=region_of(cand.city or ""))
        if value.birth_year is None and not value.region:
            continue
        await DemographicProfile.create(
            candidate_id=cand.id, data_enc=_seal(vault, value), source="resume"
        )
        created += 1
    if created:
        await record_access(actor, "demographics.backfill", "fairness", "candidates", count=created)
    return created


async def read_profiles(
    candidate_ids: Iterable[int], *, vault: PiiVault, actor: Actor, purpose: str
) -> dict[int, Demographics]:
    """Profiles of these candidates for the fairness analysis (HR head / admin; audited once
    per read with the purpose and the count)."""
    await require_fairness_access(actor)
    ids = sorted(set(candidate_ids))
    rows = await DemographicProfile.filter(candidate_id__in=ids) if ids else []
    out = {int(r.candidate_id): _open(vault, r.data_enc) for r in rows}  # type: ignore[attr-defined]
    await record_access(
        actor, "demographics.read", "fairness", purpose, candidates=len(ids), found=len(out)
    )
    return out
