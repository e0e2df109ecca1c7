"""Export of a job's applications: the workbook opens with openpyxl and matches the database."""

from __future__ import annotations

import io
import logging
from datetime import UTC, datetime
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from settings import DatabaseSettings, load_settings
from tests.integration.workflows.spreadsheets.support import Person, add, backend_job, make_vault
from workflows.actors import Actor
from workflows.applications.models import Application
from workflows.applications.stages import STAGE_LABELS_ZH, Stage
from workflows.assessments.models import Report
from workflows.candidates.models import Candidate
from workflows.links import verify_report_token
from workflows.privacy.models import AuditLog
from workflows.spreadsheets.export import BATCH, export_job

FIXED = ["编号", "姓名", "手机", "邮箱", "阶段", "综合得分", "置信度"]
TAIL = ["标记", "匹配度", "推荐", "评分引擎", "报告链接", "更新时间"]


def _settings(db: DatabaseSettings) -> Any:
    return load_settings(strict=False, mode="test", database=db)


async def test_export_matches_the_database_cell_by_cell(db: DatabaseSettings) -> None:
    settings = _settings(db)
    vault = make_vault()
    job, dims = await backend_job()
    codes = [c for c, _ in dims]
    people = [
        Person(
            "张伟",
            "13812345678",
            "zhangwei@example.com",
            Stage.SCORED,
            82.5,
            0.8,
            {codes[0]: 8.5, codes[1]: None, **{c: 7.0 for c in codes[2:]}},
            ["looking_away"],
            76.0,
        ),
        Person(
            "李娜",
            "13900001111",
            "lina@example.com",
            Stage.SCORED,
            58.0,
            0.6,
            dict.fromkeys(codes, 5.5),
            [],
            61.0,
        ),
        Person("王强", "13700002222", "", Stage.SCREENED, match=44.0, disqualified=True),
        Person(
            '=HYPERLINK("http://evil")',
            "13600003333",
            "x@example.com",
            Stage.REJECTED,
            40.0,
            0.5,
            dict.fromkeys(codes, 3.0),
        ),
    ]
    for p in people:
        await add(job, p, vault)

    result = await export_job(
        job.id, viewer=Actor.staff("hr_wangfang"), vault=vault, settings=settings
    )
    assert result.row_count == 4
    assert result.file_name.startswith("高级后端开发工程师-候选人-") and result.file_name.endswith(
        ".xlsx"
    )

    wb = load_workbook(io.BytesIO(result.content))
    assert wb.sheetnames == ["候选人", "岗位信息"]
    ws = wb["候选人"]
    headers = [c.value for c in ws[1]]
    assert headers == [*FIXED, *[name for _, name in dims], *TAIL]
    col = {h: i for i, h in enumerate(headers)}
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{get_column_letter(len(headers))}5"
    formatted = {str(rng.sqref) for rng in ws.conditional_formatting}
    score_letter = get_column_letter(col["综合得分"] + 1)
    assert f"{score_letter}2:{score_letter}5" in formatted
    first_dim = get_column_letter(len(FIXED) + 1)
    last_dim = get_column_letter(len(FIXED) + len(dims))
    assert f"{first_dim}2:{last_dim}5" in formatted

    rows = list(ws.iter_rows(min_row=2, values_only=False))
    # Best first: the interview scores decide, unscored last.
    assert [r[col["姓名"]].value for r in rows] == ["张伟", "李娜", people[3].name, "王强"]
    for r in rows:
        app = await Application.get(id=r[col["编号"]].value).prefetch_related("candidate")
        cand: Candidate = app.candidate
        report = await Report.get_or_none(application_id=app.id, is_current=True)
        assert r[col["姓名"]].value == vault.decrypt(cand.name_enc, context="candidate.name")
        # The job's owner HR sees full contact data.
        assert r[col["手机"]].value == vault.decrypt(cand.phone_enc, context="candidate.phone")
        assert r[col["阶段"]].value == STAGE_LABELS_ZH[Stage(app.stage)]
        if report is None:
            assert r[col["综合得分"]].value == "未评估"
            assert r[col["推荐"]].value == "未评估"
            assert all(r[len(FIXED) + i].value == "未评估" for i in range(len(dims)))
        else:
            assert app.overall_score is not None
            assert r[col["综合得分"]].value == app.overall_score
            assert r[col["置信度"]].value == report.confidence
            by_code = {d["code"]: d["score"] for d in report.dimensions}
            for i, code in enumerate(codes):
                expected = by_code.get(code)
                assert r[len(FIXED) + i].value == ("未评估" if expected is None else expected)
            assert r[col["推荐"]].value == (
                "进入下一轮" if app.overall_score >= job.pass_line else "淘汰"
            )
        match = r[col["匹配度"]].value
        assert match == (app.match_score if app.match_score is not None else "未评估")
        link = r[col["报告链接"]]
        assert link.value == "查看报告"
        assert link.hyperlink is not None
        target = link.hyperlink.target
        assert target is not None
        assert target.startswith(f"{settings.server.public_base_url.rstrip('/')}/r/{app.id}?t=")
        claims = verify_report_token(
            target.split("?t=")[1],
            settings.security.secret_key.get_secret_value().encode(),
            datetime.now(UTC),
        )
        assert claims.application_id == app.id
        # No staff-bound credential in a file that may be forwarded: 免登 decides who looks.
        assert claims.staff_id == 0
        assert r[col["综合得分"]].number_format in ("0.0", "General")
    zhang = rows[0]
    assert zhang[col["标记"]].value == "视线频繁偏离屏幕"
    assert zhang[col["置信度"]].number_format == "0%"
    assert zhang[col["邮箱"]].value == "zhangwei@example.com"
    assert rows[3][col["标记"]].value == "不符合硬性要求"
    # A name that looks like a formula stays text.
    assert rows[2][col["姓名"]].data_type == "s"

    facts = {
        row[0]: row[1] for row in wb["岗位信息"].iter_rows(min_row=2, values_only=True) if row[0]
    }
    assert facts["岗位编号"] == job.id
    assert facts["及格线"] == job.pass_line
    assert facts["候选人总数"] == 4
    assert facts["阶段：已评分"] == 2
    assert facts["导出人"] == "王芳（hr_wangfang）"
    assert facts["联系方式"] == "完整显示"

    audit = await AuditLog.filter(action="job.exported", subject_id=str(job.id)).first()
    assert audit is not None
    assert audit.actor == "staff:hr_wangfang"
    assert audit.detail == {"count": 4, "contact": "full"}


async def test_other_viewers_get_masked_contact_data(db: DatabaseSettings) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    await add(job, Person("张伟", "13812345678", "zhangwei@example.com", Stage.SCREENED), vault)
    result = await export_job(
        job.id, viewer=Actor.staff("mgr_chengang"), vault=vault, settings=_settings(db)
    )
    ws = load_workbook(io.BytesIO(result.content))["候选人"]
    row = [c.value for c in ws[2]]
    assert row[2] == "138****5678"
    assert row[3] == "z***@example.com"
    assert "13812345678" not in str([c.value for r in ws.iter_rows() for c in r])
    head = await export_job(
        job.id, viewer=Actor.staff("hr_lijing"), vault=vault, settings=_settings(db)
    )
    assert load_workbook(io.BytesIO(head.content))["候选人"]["C2"].value == "13812345678"


async def test_export_of_more_rows_than_one_batch_keeps_every_row(db: DatabaseSettings) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    total = BATCH * 2 + 7
    await Candidate.bulk_create(
        [
            Candidate(
                name_enc=vault.encrypt(f"候选人{i}", context="candidate.name"),
                masked_phone=f"138****{i:04d}",
            )
            for i in range(total)
        ]
    )
    cands = await Candidate.all().order_by("id")
    await Application.bulk_create(
        [
            Application(candidate_id=c.id, job_id=job.id, match_score=float(i % 100))
            for i, c in enumerate(cands)
        ]
    )
    queries = _QueryCounter()
    logger = logging.getLogger("tortoise.db_client")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(queries)
    try:
        result = await export_job(
            job.id, viewer=Actor.staff("hr_wangfang"), vault=vault, settings=_settings(db)
        )
    finally:
        logger.removeHandler(queries)
        logger.setLevel(level)
    assert result.row_count == total
    # Three queries per batch of applications (plus a handful per export), never one per row.
    assert 3 <= queries.count <= 3 * (total // BATCH + 2) + 8
    ws = load_workbook(io.BytesIO(result.content), read_only=True)["候选人"]
    ids = [row[0] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert len(ids) == total == len(set(ids))


class _QueryCounter(logging.Handler):
    """Counts the SQL statements Tortoise logs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
