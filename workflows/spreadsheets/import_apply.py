"""Saving validated import rows (called inside the import's single transaction)."""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from typing import Any

from analysis.matching import Requirements, match_resume, parse_requirements
from analysis.matching.requirements import RequirementsError
from analysis.resume.types import (
    Degree,
    EducationEntry,
    ExperienceBasis,
    ExperienceYears,
    FieldSource,
    FieldValue,
    ParsedResume,
    SalaryRange,
)
from workflows.actors import Actor
from workflows.candidates.dedup import find_existing, identity_of
from workflows.candidates.models import Resume
from workflows.candidates.registration import (
    apply_parsed_fields,
    keyed_candidate,
    open_and_screen,
)
from workflows.events import EventBus
from workflows.jobs.models import Job, Question, QuestionSet, QuestionSetItem
from workflows.privacy import contexts
from workflows.privacy.audit import record_access
from workflows.privacy.vault import PiiVault
from workflows.spreadsheets.result import ImportResult
from workflows.spreadsheets.schema import SALARY_LEVELS
from workflows.spreadsheets.validation import ParsedRow

log = logging.getLogger(__name__)

PARSER_VERSION = "excel-import-1"
SOURCE_CHANNEL = "excel_import"


def _fv(value: Any) -> FieldValue[Any]:
    # HR typed the value into a column: it is as certain as a field can be.
    return FieldValue(value, 1.0, FieldSource.RULE)


def parsed_resume(values: dict[str, Any]) -> ParsedResume:
    """The row as a ParsedResume, so dedup, matching and the report treat it like a resume."""
    degree = Degree(values["学历"]) if "学历" in values else None
    school = values.get("学校")
    education: tuple[EducationEntry, ...] = ()
    if school or degree:
        education = (
            EducationEntry(
                school=_fv(school) if school else None,
                degree=_fv(degree) if degree else None,
                confidence=1.0,
            ),
        )
    salary = values.get("期望月薪")
    years = values.get("工作年限")
    return ParsedResume(
        parser_version=PARSER_VERSION,
        name=_fv(values["姓名"]),
        phones=(_fv(values["手机"]),) if "手机" in values else (),
        emails=(_fv(values["邮箱"]),) if "邮箱" in values else (),
        education=education,
        highest_degree=_fv(degree) if degree else None,
        years_of_experience=(
            _fv(ExperienceYears(years, ExperienceBasis.STATED)) if years is not None else None
        ),
        skills=tuple(_fv(s) for s in values.get("技能", [])),
        expected_salary=_fv(SalaryRange(salary[0], salary[1], "month")) if salary else None,
        expected_cities=(_fv(values["城市"]),) if "城市" in values else (),
    )


def _row_sha(values: dict[str, Any]) -> str:
    # The job is not part of the person's data: the same row for two jobs is one resume.
    person = {k: v for k, v in values.items() if k != "岗位编号"}
    return hashlib.sha256(
        json.dumps(person, ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()


def _confidence_keys(values: dict[str, Any]) -> list[str]:
    names = {"姓名": "name", "手机": "phones", "邮箱": "emails", "学历": "highest_degree"}
    names |= {"工作年限": "years_of_experience", "技能": "skills", "期望月薪": "expected_salary"}
    return [key for header, key in names.items() if header in values]


def _requirements(job: Job) -> Requirements | None:
    if job.competency_model is None and not job.requirements:
        return None
    try:
        return parse_requirements(job.matching_requirements())
    except RequirementsError:
        log.warning("job %s has malformed requirements; imported rows are not matched", job.id)
        return None


async def candidates(
    rows: list[ParsedRow], result: ImportResult, *, actor: Actor, vault: PiiVault, bus: EventBus
) -> None:
    """Create or update candidates (dedup by phone/e-mail) and open their applications."""
    job_ids = {r.values["岗位编号"] for r in rows}
    jobs = {j.id: j for j in await Job.filter(id__in=job_ids).prefetch_related("competency_model")}
    reqs = {job_id: _requirements(job) for job_id, job in jobs.items()}
    created: set[int] = set()
    touched: set[int] = set()
    unchanged: set[int] = set()
    for row in rows:
        values = row.values
        parsed = parsed_resume(values)
        identity = identity_of(parsed, vault)
        sha = _row_sha(values)
        candidate, _ = await find_existing(identity, sha)
        is_new = candidate is None
        candidate = await keyed_candidate(candidate, vault)
        apply_parsed_fields(candidate, parsed, identity, vault)
        await candidate.save()
        resume = await Resume.filter(sha256=sha, candidate_id=candidate.id).first()
        if resume is None:
            resume = await Resume.create(
                candidate=candidate,
                storage_key="",
                file_name=f"{result.file_name}#第{row.number}行"[:255],
                content_type="excel_row",
                size_bytes=0,
                sha256=sha,
                parsed_enc=vault.encrypt(
                    json.dumps(parsed.to_dict(), ensure_ascii=False, default=str),
                    context=contexts.RESUME,
                    owner=candidate.id,
                ),
                field_confidence={k: 1.0 for k in _confidence_keys(values)},
                parser_version=PARSER_VERSION,
                source_channel=SOURCE_CHANNEL,
                submitted_by=str(actor),
                meta={"import": result.file_name[:120], "row": row.number},
            )
        elif not is_new:
            unchanged.add(candidate.id)
        (created if is_new else touched).add(candidate.id)
        job = jobs[values["岗位编号"]]
        if await _open(candidate.id, job, resume.id, reqs.get(job.id), parsed, actor, bus, vault):
            result.applications_opened += 1
        await record_access(
            actor, "candidate.imported", "candidate", candidate.id, row=row.number, job_id=job.id
        )
    result.created = len(created)
    result.updated = len(touched - created - unchanged)
    result.unchanged = len(unchanged - created)
    result.jobs = sorted({f"#{j.id} {j.title}" for j in jobs.values()})


async def _open(
    candidate_id: int,
    job: Job,
    resume_id: int,
    req: Requirements | None,
    parsed: ParsedResume,
    actor: Actor,
    bus: EventBus,
    vault: PiiVault,
) -> bool:
    match = match_resume(parsed, req) if req is not None else None
    opened = await open_and_screen(
        candidate_id,
        job.id,
        resume_id,
        match,
        actor=actor,
        bus=bus,
        source_channel=SOURCE_CHANNEL,
        source_label="Excel 导入",
        vault=vault,
    )
    return opened.created


async def questions(rows: list[ParsedRow], result: ImportResult) -> None:
    """Add questions to the bank (same text: updated) and, when named, to a question set."""
    sets: dict[str, QuestionSet] = {}
    next_position: dict[int, int] = {}
    for row in rows:
        v = row.values
        fields: dict[str, Any] = {"type": v["类型"]}
        for header, attr in (
            ("思考时间", "think_time_s"),
            ("作答时间", "answer_time_s"),
            ("难度", "difficulty"),
            ("等价组", "equivalence_group"),
            ("能力维度", "dimension_codes"),
            ("参考答案", "exemplar_answers"),
            ("追问模板", "follow_up_templates"),
        ):
            if header in v:
                fields[attr] = v[header]
        if "追问模板" in v:
            fields["allow_follow_up"] = bool(v["追问模板"])
        question = await Question.filter(text=v["题目"]).first()
        if question is None:
            question = await Question.create(text=v["题目"], **fields)
            result.created += 1
        else:
            question.update_from_dict(fields)
            await question.save()
            result.updated += 1
        name = v.get("题本")
        if name:
            await _add_to_set(question, name, sets, next_position)
    result.question_set = "、".join(sets)


async def _add_to_set(
    question: Question, name: str, sets: dict[str, QuestionSet], next_position: dict[int, int]
) -> None:
    qset = sets.get(name)
    if qset is None:
        qset, _ = await QuestionSet.get_or_create(name=name)
        sets[name] = qset
        last = await QuestionSetItem.filter(question_set_id=qset.id).order_by("-position").first()
        next_position[qset.id] = last.position + 1 if last else 0
    if await QuestionSetItem.exists(question_set_id=qset.id, question_id=question.id):
        return
    await QuestionSetItem.create(
        question_set=qset, question=question, position=next_position[qset.id]
    )
    next_position[qset.id] += 1


async def salary_bands(rows: list[ParsedRow], result: ImportResult) -> None:
    """Set each listed job's salary bands (the file replaces the job's bands)."""
    bands: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for row in rows:
        v = row.values
        bands[v["岗位编号"]][v["级别"]] = [v["月薪下限"], v["月薪上限"]]
    jobs = {j.id: j for j in await Job.filter(id__in=list(bands))}
    for job_id, band in bands.items():
        job = jobs[job_id]
        if job.salary_band:
            result.updated += 1
        else:
            result.created += 1
        job.salary_band = {lv: band[lv] for lv in SALARY_LEVELS if lv in band}
        await job.save(update_fields=["salary_band", "updated_at"])
        result.jobs.append(f"#{job.id} {job.title}")
