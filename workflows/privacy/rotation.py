"""Master-key rotation and moving older data under the candidates' own keys.

`rotate` is safe to run at any time and again after a crash: it re-wraps every candidate data key
under the current master key, re-seals each field that is not yet under its owner's data key (or,
for the few fields that belong to no candidate, under the current master key), and re-wraps or
re-seals stored objects the same way. Afterwards the previous master keys can be removed from the
configuration (`DINGHIRE_SECURITY_PREVIOUS_MASTER_KEYS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from tortoise.models import Model

from workflows.assessments.models import AnalysisResult, LlmVerdict
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer
from workflows.messaging.models import CandidateNotice
from workflows.offers.models import OnboardingMaterial
from workflows.privacy import contexts
from workflows.privacy.keys import candidate_kid
from workflows.privacy.vault import DecryptionError, PiiVault, key_id_of
from workflows.storage.envelope import IntegrityError
from workflows.storage.port import ObjectNotFoundError, ObjectStore

# (model, field, context, path from the row to its candidate id)
_FIELDS: tuple[tuple[type[Model], str, str, str], ...] = (
    (Candidate, "name_enc", contexts.CANDIDATE_NAME, "id"),
    (Candidate, "phone_enc", contexts.CANDIDATE_PHONE, "id"),
    (Candidate, "email_enc", contexts.CANDIDATE_EMAIL, "id"),
    (Resume, "parsed_enc", contexts.RESUME, "candidate_id"),
    (Answer, "text_enc", contexts.ANSWER_TEXT, "session__application__candidate_id"),
    (
        AnalysisResult,
        "transcript_enc",
        contexts.TRANSCRIPT,
        "answer__session__application__candidate_id",
    ),
    (CandidateNotice, "body_enc", contexts.NOTICE_BODY, "application__candidate_id"),
    (
        OnboardingMaterial,
        "file_name_enc",
        contexts.MATERIAL_FILE_NAME,
        "offer__application__candidate_id",
    ),
)


@dataclass
class Rotation:
    """What one run moved."""

    keys_rewrapped: int = 0
    fields_resealed: int = 0
    objects_rewrapped: int = 0
    objects_resealed: int = 0
    unreadable: int = 0

    def as_dict(self) -> dict[str, int]:
        """Counts for the CLI and the audit trail."""
        return dict(self.__dict__)


async def _reseal_fields(vault: PiiVault, out: Rotation) -> None:
    current = vault.masters.current_kid
    for model, name, context, owner_path in _FIELDS:
        rows = await model.filter(**{f"{name}__not": ""}).values_list("id", name, owner_path)
        for row_id, token, owner in cast(list[tuple[Any, str, Any]], rows):
            if not token or not owner:
                continue
            owner_id = int(owner)
            if key_id_of(token) == candidate_kid(owner_id):
                continue
            await vault.unlock_tokens([token])
            await vault.unlock(owner_id, create=True)
            try:
                plain = vault.decrypt(token, context=context)
            except DecryptionError:
                out.unreadable += 1
                continue
            sealed = vault.encrypt(plain, context=context, owner=owner_id)
            await model.filter(id=row_id, **{name: token}).update(**{name: sealed})
            out.fields_resealed += 1
    for verdict in await LlmVerdict.all():
        if key_id_of(verdict.verdict_enc) == current:
            continue
        try:
            plain = vault.decrypt(verdict.verdict_enc, context=contexts.LLM_VERDICT)
        except DecryptionError:
            out.unreadable += 1
            continue
        verdict.verdict_enc = vault.encrypt(plain, context=contexts.LLM_VERDICT)
        await verdict.save(update_fields=["verdict_enc"])
        out.fields_resealed += 1


async def _object_owners() -> dict[str, int]:
    owners: dict[str, int] = {}
    for key, owner in await Resume.filter(candidate_id__not_isnull=True).values_list(
        "storage_key", "candidate_id"
    ):
        owners[str(key)] = int(owner)
    for key, owner in await Answer.filter(media_key__not="").values_list(
        "media_key", "session__application__candidate_id"
    ):
        owners[str(key)] = int(owner)
    for key, owner in await OnboardingMaterial.all().values_list(
        "storage_key", "offer__application__candidate_id"
    ):
        owners[str(key)] = int(owner)
    return {k: v for k, v in owners.items() if k}


async def _move_objects(store: ObjectStore, vault: PiiVault, out: Rotation) -> None:
    owners = await _object_owners()
    current = vault.masters.current_kid
    for key in await store.keys():
        try:
            kid = await store.key_id(key)
        except IntegrityError:
            continue  # not a sealed object (a stray file): left alone
        owner = owners.get(key)
        if (owner is not None and kid != candidate_kid(owner)) or not kid:
            try:
                data = await store.get(key)
            except (IntegrityError, ObjectNotFoundError):
                out.unreadable += 1
                continue
            await store.put(key, data, owner=owner)
            out.objects_resealed += 1
        elif kid != current and not kid.startswith("c"):
            out.objects_rewrapped += int(await store.rewrap(key))


async def rotate(vault: PiiVault, store: ObjectStore) -> Rotation:
    """Move every key, field and object under the current master key and the owners' keys."""
    out = Rotation()
    out.keys_rewrapped = await vault.keyring.rewrap()
    await _reseal_fields(vault, out)
    await _move_objects(store, vault, out)
    return out
