"""Everything DingHire holds about one candidate, as a ZIP they can read (PIPL Art. 45).

Readable JSON (Chinese keys where a person reads them) plus the original files: resumes,
recordings and onboarding materials, decrypted. Nothing about other people is included: HR's
names appear only as the role that acted, and the access log lists who read their data.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import AnalysisResult, Report
from workflows.assessments.reports import open_report
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer, InterviewSession
from workflows.messaging.models import CandidateNotice
from workflows.offers.models import Offer, OnboardingMaterial
from workflows.privacy import contexts
from workflows.privacy.models import AuditLog, ConsentRecord
from workflows.privacy.sealed_json import open_doc, open_file_name, open_quotes, open_text
from workflows.privacy.vault import DecryptionError, PiiVault
from workflows.storage.envelope import IntegrityError
from workflows.storage.port import ObjectNotFoundError, ObjectStore

README = """钉聘（DingHire）个人信息副本
================================

本压缩包是我们保存的关于您的全部个人信息，依据《个人信息保护法》第四十五条提供。

- 个人信息.json：姓名、联系方式等基本信息
- 简历/：您提交的简历原件与系统解析结果
- 申请记录.json：应聘的岗位、每个阶段的变化时间、匹配与面试得分、面试报告
- 面试.json：面试题目、您的文字回答与录音转写、设备检测结果
- 录音/：您的面试录音、录像原件
- 通知.json：我们发给您的结果与录用通知
- 录用.json：录用通知的内容与您的答复；入职材料/：您上传的入职材料
- 同意记录.json：您作出的同意或撤回的记录
- 访问记录.json：谁在何时查看或处理了您的信息

如需更正或删除，请联系招聘负责人；删除后我们会出具删除回执。
"""


@dataclass(frozen=True, slots=True)
class SubjectExport:
    """The ZIP and what went into it."""

    file_name: str
    content: bytes
    files: int
    omitted_media: int


def _json(value: Any) -> bytes:
    def default(obj: Any) -> Any:
        if isinstance(obj, datetime | date):
            return obj.isoformat()
        return str(obj)

    return json.dumps(value, ensure_ascii=False, indent=2, default=default).encode("utf-8")


def _open(vault: PiiVault, token: str, context: str, owner: int) -> str:
    try:
        return vault.decrypt(token, context=context, owner=owner)
    except DecryptionError:
        return "（无法解密）"


def _safe(name: str) -> str:
    return "".join(c if c not in '/\\:*?"<>|' else "_" for c in name)[:80] or "file"


async def _add_file(
    zf: zipfile.ZipFile,
    store: ObjectStore,
    key: str,
    arcname: str,
    budget: list[int],
) -> bool:
    """Add one stored file while the size budget lasts; False when left out."""
    try:
        data = await store.get(key)
    except (ObjectNotFoundError, IntegrityError, ValueError):
        return False
    if len(data) > budget[0]:
        return False
    budget[0] -= len(data)
    zf.writestr(arcname, data)
    return True


async def export_candidate(
    candidate_id: int,
    vault: PiiVault,
    store: ObjectStore,
    *,
    max_file_bytes: int = 2**40,
) -> SubjectExport:
    """The candidate's data as a ZIP (files beyond `max_file_bytes` in total are listed only)."""
    cand = await Candidate.get(id=candidate_id)
    await vault.unlock(candidate_id)
    own = candidate_id
    budget = [max_file_bytes]
    omitted = 0
    files = 0
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        zf.writestr(
            "个人信息.json",
            _json(
                {
                    "编号": cand.id,
                    "姓名": _open(vault, cand.name_enc, contexts.CANDIDATE_NAME, own),
                    "手机": _open(vault, cand.phone_enc, contexts.CANDIDATE_PHONE, own),
                    "邮箱": _open(vault, cand.email_enc, contexts.CANDIDATE_EMAIL, own),
                    "出生年份": cand.birth_year,
                    "工作年限": cand.years_experience,
                    "最高学历": cand.highest_degree,
                    "城市": cand.city,
                    "钉钉用户": cand.dingtalk_user_id,
                    "记录创建时间": cand.created_at,
                    "已删除时间": cand.erased_at,
                }
            ),
        )
        resumes = []
        for r in await Resume.filter(candidate_id=candidate_id).order_by("id"):
            parsed_text = _open(vault, r.parsed_enc, contexts.RESUME, own) if r.parsed_enc else ""
            try:
                parsed = json.loads(parsed_text) if parsed_text else {}
            except ValueError:
                parsed = parsed_text
            file_name = await open_file_name(vault, r.file_name)
            entry = {
                "编号": r.id,
                "文件名": file_name,
                "收到时间": r.created_at,
                "解析结果": parsed,
            }
            if r.storage_key:
                arc = f"简历/{r.id}_{_safe(file_name)}"
                if await _add_file(zf, store, r.storage_key, arc, budget):
                    entry["原件"] = arc
                    files += 1
                else:
                    omitted += 1
            resumes.append(entry)
        zf.writestr("简历/简历解析结果.json", _json(resumes))

        apps = await Application.filter(candidate_id=candidate_id).prefetch_related("job")
        app_ids = [a.id for a in apps]
        history = await StageHistory.filter(application_id__in=app_ids).order_by("at", "id")
        reports = await Report.filter(application_id__in=app_ids, is_current=True)
        for rep in reports:
            await open_report(rep, vault)
        matches = {
            a.id: await open_doc(vault, a.match_explanation, context=contexts.MATCH_EXPLANATION)
            for a in apps
        }
        zf.writestr(
            "申请记录.json",
            _json(
                [
                    {
                        "申请编号": a.id,
                        "岗位": a.job.title,
                        "当前阶段": STAGE_LABELS_ZH.get(Stage(a.stage), str(a.stage)),
                        "匹配得分": a.match_score,
                        "面试得分": a.overall_score,
                        "匹配说明": matches[a.id],
                        "阶段变化": [
                            {
                                "从": str(h.from_stage or ""),
                                "到": str(h.to_stage),
                                "时间": h.at,
                                "说明": h.reason,
                            }
                            for h in history
                            if h.application_id == a.id  # type: ignore[attr-defined]
                        ],
                        "面试报告": [
                            {
                                "总分": rep.overall_score,
                                "各维度": rep.dimensions,
                                "优势": rep.strengths,
                                "待提升": rep.weaknesses,
                                "标记": rep.flags,
                            }
                            for rep in reports
                            if rep.application_id == a.id  # type: ignore[attr-defined]
                        ],
                    }
                    for a in apps
                ]
            ),
        )

        sessions = await InterviewSession.filter(application_id__in=app_ids).order_by("id")
        answers = await Answer.filter(session_id__in=[s.id for s in sessions]).order_by("id")
        results = {
            r.answer_id: r  # type: ignore[attr-defined]
            for r in await AnalysisResult.filter(answer_id__in=[a.id for a in answers])
        }
        out_sessions = []
        for s in sessions:
            items = []
            for a in answers:
                if a.session_id != s.id:  # type: ignore[attr-defined]
                    continue
                res = results.get(a.id)
                item: dict[str, Any] = {
                    "题目": await open_text(
                        vault, a.question_text, context=contexts.FOLLOW_UP_QUESTION
                    ),
                    "第几次作答": a.attempt,
                    "方式": str(a.mode),
                    "文字回答": _open(vault, a.text_enc, contexts.ANSWER_TEXT, own),
                    "转写": _open(vault, res.transcript_enc, contexts.TRANSCRIPT, own)
                    if res is not None
                    else "",
                    "声音特征": await open_doc(vault, res.audio_cues, context=contexts.AUDIO_CUES)
                    if res is not None
                    else {},
                    "画面特征": await open_doc(vault, res.vision_cues, context=contexts.VISION_CUES)
                    if res is not None
                    else {},
                    "评分": await open_quotes(vault, res.dimension_scores)
                    if res is not None
                    else {},
                    "追问建议": await open_doc(vault, res.follow_up, context=contexts.FOLLOW_UP)
                    if res is not None
                    else {},
                }
                if a.media_key:
                    arc = f"录音/{a.id}_{_safe(a.media_key.rsplit('/', 1)[-1])}"
                    if await _add_file(zf, store, a.media_key, arc, budget):
                        item["录音文件"] = arc
                        files += 1
                    else:
                        item["录音文件"] = "（文件较大，未放入本压缩包，可向招聘负责人索取）"
                        omitted += 1
                items.append(item)
            out_sessions.append(
                {
                    "面试编号": s.id,
                    "开始时间": s.started_at,
                    "提交时间": s.submitted_at,
                    "设备检测": s.device_check,
                    "回答": items,
                }
            )
        zf.writestr("面试.json", _json(out_sessions))

        notices = await CandidateNotice.filter(application_id__in=app_ids).order_by("id")
        await vault.unlock_tokens(n.body_enc for n in notices)
        zf.writestr(
            "通知.json",
            _json(
                [
                    {
                        "标题": n.title,
                        "内容": _open(vault, n.body_enc, contexts.NOTICE_BODY, own),
                        "时间": n.created_at,
                    }
                    for n in notices
                ]
            ),
        )
        offers = await Offer.filter(application_id__in=app_ids).order_by("id")
        materials = await OnboardingMaterial.filter(offer_id__in=[o.id for o in offers])
        mats = []
        for m in materials:
            name = _open(vault, m.file_name_enc, contexts.MATERIAL_FILE_NAME, own)
            arc = f"入职材料/{m.id}_{_safe(name)}"
            ok = await _add_file(zf, store, m.storage_key, arc, budget)
            files += int(ok)
            omitted += int(not ok)
            mats.append({"类型": str(m.kind), "文件名": name, "文件": arc if ok else ""})
        zf.writestr(
            "录用.json",
            _json(
                {
                    "录用通知": [
                        {
                            "状态": str(o.status),
                            "职级": o.level,
                            "月薪": o.monthly_salary,
                            "入职日期": o.start_date,
                            "您的答复时间": o.candidate_responded_at,
                            "您的备注": o.candidate_remark,
                        }
                        for o in offers
                    ],
                    "入职材料": mats,
                }
            ),
        )
        consents = await ConsentRecord.filter(candidate_id=candidate_id).order_by("at", "id")
        zf.writestr(
            "同意记录.json",
            _json(
                [
                    {
                        "事项": str(c.kind),
                        "同意": c.granted,
                        "政策版本": c.policy_version,
                        "时间": c.at,
                    }
                    for c in consents
                ]
            ),
        )
        subjects = [("candidate", str(candidate_id))] + [("application", str(i)) for i in app_ids]
        trail: list[AuditLog] = []
        for kind, ident in subjects:
            trail += await AuditLog.filter(subject_type=kind, subject_id=ident)
        trail.sort(key=lambda e: (e.at, e.id))
        zf.writestr(
            "访问记录.json",
            _json([{"时间": e.at, "谁": e.actor, "做了什么": e.action} for e in trail]),
        )
    stamp = datetime.now().strftime("%Y%m%d")
    return SubjectExport(f"个人信息副本_{candidate_id}_{stamp}.zip", buf.getvalue(), files, omitted)
