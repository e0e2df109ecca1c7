"""A stored report built from the stored structures (no ASR): a submitted interview of the seeded
backend job with two typed answers and one recorded answer, analysis results with transcripts,
segments, evidence and flags, aggregated by the real aggregator and stored as the current report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from analysis.answer_media import MediaOutcome
from analysis.reports import AnswerInput, aggregate
from analysis.scoring.convert import dimension_specs
from analysis.scoring.types import AnswerScore, DimensionScore, Evidence
from analysis.types import Segment, Transcript
from tests.integration.analysis.factories import submitted_interview
from workflows.applications.models import Application
from workflows.assessments.answers import application_dimensions
from workflows.assessments.reports import store_report
from workflows.assessments.results import AnswerAnalysis, record_analysis
from workflows.candidates.models import Candidate, Resume
from workflows.interviews.models import Answer, AnswerMode
from workflows.privacy import contexts
from workflows.privacy.sealed_json import MATCH_PLAIN, seal_doc
from workflows.privacy.vault import PiiVault
from workflows.staff.models import Staff
from workflows.storage.local import LocalEncryptedStore

VERSION = "report-test/1"
NAME = "李明"
INTRO = "我叫李明，有六年后端开发经验，之前在电商公司负责订单系统。"
DESIGN = "我会先做容量规划，订单表按用户分库分表，库存用 Redis 预扣减，下单请求通过 Kafka 削峰。"
# The recorded answer's transcript as timed segments (seconds into the recording).
SEGMENTS = [
    (0.0, 2.8, "去年双十一订单服务出现大量超时。"),
    (3.0, 5.6, "我先查看监控，定位到数据库连接池被耗尽。"),
    (5.8, 7.8, "最后扩容连接池并加了告警，服务恢复了。"),
]
EVIDENCE_AT = 3.0  # the problem-solving quote: the second segment
PARSED_RESUME = {
    "name": {"value": NAME, "confidence": 0.99, "source": "rule"},
    "highest_degree": {"value": "master", "confidence": 0.9, "source": "rule"},
    "years_of_experience": {
        "value": {"years": 6.0, "basis": "stated"},
        "confidence": 0.9,
        "source": "rule",
    },
    "education": [
        {
            "school": {"value": "浙江工业大学", "confidence": 0.9, "source": "dictionary"},
            "degree": {"value": "bachelor", "confidence": 0.9, "source": "rule"},
            "major": {"value": "软件工程", "confidence": 0.8, "source": "rule"},
        },
        {
            "school": {"value": "浙江大学", "confidence": 0.9, "source": "dictionary"},
            "degree": {"value": "master", "confidence": 0.9, "source": "rule"},
            "major": {"value": "计算机科学与技术", "confidence": 0.8, "source": "rule"},
        },
    ],
    "work_history": [
        {
            "employer": {"value": "杭州某软件公司", "confidence": 0.8, "source": "ner"},
            "title": {"value": "Java 开发工程师", "confidence": 0.8, "source": "ner"},
            "start": {"year": 2018, "month": 7},
            "end": {"year": 2021, "month": 3},
            "end_is_present": False,
        },
        {
            "employer": {"value": "云栖电商", "confidence": 0.85, "source": "ner"},
            "title": {"value": "高级后端工程师", "confidence": 0.85, "source": "ner"},
            "start": {"year": 2021, "month": 4},
            "end": None,
            "end_is_present": True,
        },
    ],
    "skills": [
        {"value": s, "confidence": 0.9, "source": "dictionary"}
        for s in ("Java", "MySQL", "Redis", "Kafka")
    ],
}
MATCH = {
    "score": 82.5,
    "confidence": 0.8,
    "disqualified": False,
    "disqualify_reasons": [],
    "matched": ["具备必备技能 Java、MySQL", "工作年限 6 年，符合 3–8 年要求"],
    "missing": ["缺少加分技能 Kubernetes"],
    "items": [],
    "version": "test",
}


@dataclass
class BuiltReport:
    """Ids of what was built."""

    application_id: int
    job_id: int
    candidate_id: int
    report_id: int
    answer_ids: list[int]
    media_answer_id: int
    text_answer_id: int


def _ev(text: str, start: float, end: float, index: int = 0) -> Evidence:
    return Evidence(text, start, end, index, ("rubric",), "命中评分要点")


async def build_report(vault: PiiVault, store: LocalEncryptedStore, media: bytes) -> BuiltReport:
    """The current report of a new application; the second answer is a recording of `media`."""
    interview = await submitted_interview(vault, [INTRO, "（录像作答）", DESIGN])
    intro_id, video_id, design_id = interview.answer_ids
    app = await Application.get(id=interview.application_id).prefetch_related("candidate")
    candidate: Candidate = app.candidate
    candidate.name_enc = vault.encrypt(NAME, context="candidate.name")
    candidate.years_experience = 6.0
    await candidate.save(update_fields=["name_enc", "years_experience"])
    await Resume.create(
        candidate=candidate,
        storage_key=f"resumes/{candidate.id}.pdf",
        file_name="李明-简历.pdf",
        sha256="0" * 64,
        parsed_enc=vault.encrypt(json.dumps(PARSED_RESUME, ensure_ascii=False), context="resume"),
    )
    # Sealed under the candidate's key as registration stores it.
    await vault.unlock(candidate.id, create=True)
    app.match_score = MATCH["score"]  # type: ignore[assignment]
    app.match_explanation = seal_doc(
        vault, MATCH, context=contexts.MATCH_EXPLANATION, owner=candidate.id, keep=MATCH_PLAIN
    )
    await app.save(update_fields=["match_score", "match_explanation"])

    video = await Answer.get(id=video_id)
    key = f"answers/{interview.session_id}/{video_id}-test.webm"
    stored = await store.put(key, media)
    video.mode, video.text_enc = AnswerMode.VIDEO, ""
    video.media_key, video.media_sha256, video.media_bytes = key, stored.sha256, stored.size
    video.duration_s = 8.0
    video.transcript_confirmed_at = video.created_at  # the candidate confirmed what was heard
    await video.save()

    transcript = "".join(text for _, _, text in SEGMENTS)
    scores = {
        intro_id: AnswerScore(
            (
                DimensionScore("communication", "沟通表达", 7.0, 0.8, evidence=(_ev(INTRO, 0, 0),)),
                DimensionScore(
                    "learning", "学习能力", None, 0.0, not_assessed_reason="回答未涉及学习经历"
                ),
            )
        ),
        video_id: AnswerScore(
            (
                DimensionScore(
                    "problem_solving",
                    "问题解决",
                    7.5,
                    0.75,
                    evidence=(_ev(SEGMENTS[1][2], EVIDENCE_AT, SEGMENTS[1][1], 1),),
                ),
                DimensionScore(
                    "backend_expertise",
                    "后端技术",
                    6.8,
                    0.7,
                    evidence=(_ev(SEGMENTS[2][2], SEGMENTS[2][0], SEGMENTS[2][1], 2),),
                ),
            ),
            flags=("looking_away", "noisy"),
        ),
        design_id: AnswerScore(
            (
                DimensionScore(
                    "backend_expertise", "后端技术", 8.4, 0.8, evidence=(_ev(DESIGN, 0, 0),)
                ),
            )
        ),
    }
    texts = {intro_id: INTRO, video_id: transcript, design_id: DESIGN}
    inputs, result_ids = [], []
    for node, answer_id in enumerate(interview.answer_ids):
        score = scores[answer_id]
        recorded = answer_id == video_id
        segments = (
            tuple(Segment(s, e, t, 0.9) for s, e, t in SEGMENTS)
            if recorded
            else (Segment(0.0, 0.0, texts[answer_id], 1.0),)
        )
        engine = "faster-whisper/base" if recorded else "text"
        words = Transcript(texts[answer_id], segments, "zh", 0.9, engine, 8.0 if recorded else 0)
        analysis = AnswerAnalysis(
            "ok", MediaOutcome(words, {}, {}, ()), score, 8.0 if recorded else None
        )
        row, _ = await record_analysis(answer_id, VERSION, analysis, vault, owner=candidate.id)
        result_ids.append(row.result_id)
        question = interview.questions[node].text
        inputs.append(AnswerInput(answer_id, node, question, score, score.flags))
    draft = aggregate(dimension_specs(await application_dimensions(app.id)), inputs)
    report, _ = await store_report(
        app.id,
        VERSION,
        draft,
        result_ids,
        vault=vault,
    )
    return BuiltReport(
        app.id,
        app.job_id,  # type: ignore[attr-defined]
        candidate.id,
        report.id,
        interview.answer_ids,
        video_id,
        intro_id,
    )


async def staff(user_id: str, name: str, roles: list[str]) -> Staff:
    """A staff member (the emulator's test org has hr001, mgr001 and emp001)."""
    row, _ = await Staff.update_or_create(
        dingtalk_user_id=user_id, defaults={"name": name, "roles": roles, "is_active": True}
    )
    return row
