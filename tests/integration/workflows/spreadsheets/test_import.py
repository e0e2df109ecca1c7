"""Excel import on both databases: good files import, a file with bad rows imports nothing."""

from __future__ import annotations

from typing import Any

from tests.integration.workflows.spreadsheets.support import Person, add, backend_job, make_vault
from tests.unit.workflows.spreadsheets.support import workbook_bytes
from workflows.actors import Actor
from workflows.applications.models import Application, StageHistory
from workflows.applications.stages import Stage
from workflows.candidates.models import Candidate, Resume
from workflows.events import ApplicationStageChanged, EventBus
from workflows.jobs.models import Job, Question, QuestionSet, QuestionSetItem, QuestionType
from workflows.spreadsheets.imports import import_workbook
from workflows.spreadsheets.schema import ImportKind

HR = Actor.staff("hr_wangfang")
CANDIDATE_HEADER = [
    "姓名",
    "手机",
    "邮箱",
    "岗位编号",
    "学历",
    "学校",
    "工作年限",
    "技能",
    "期望月薪",
]


class Recorder:
    """A bus subscriber that keeps what it saw."""

    def __init__(self, bus: EventBus) -> None:
        self.events: list[ApplicationStageChanged] = []
        bus.subscribe(ApplicationStageChanged, self._on)

    async def _on(self, event: ApplicationStageChanged) -> None:
        self.events.append(event)


async def _counts() -> tuple[int, ...]:
    return (
        await Candidate.all().count(),
        await Resume.all().count(),
        await Application.all().count(),
        await StageHistory.all().count(),
        await Question.all().count(),
        await QuestionSetItem.all().count(),
    )


async def test_candidates_import_creates_updates_and_opens_applications(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    existing = await add(job, Person("张伟", "13812345678", "", Stage.SCREENED), vault)
    other = await Job.get(title="客户服务专员")
    bus = EventBus()
    seen = Recorder(bus)
    data = workbook_bytes(
        [
            CANDIDATE_HEADER,
            [
                "张伟",
                "138 1234 5678",
                "zw@example.com",
                job.id,
                "本科",
                "浙江大学",
                6,
                "Java、MySQL",
                "30000",
            ],
            [
                "刘洋",
                "13911112222",
                None,
                job.id,
                "硕士",
                "上海交通大学",
                4,
                "Python、Redis、MySQL",
                "25k-30k",
            ],
            ["陈静", None, "chenjing@example.com", other.id, "大专", None, 2, None, None],
        ]
    )
    result = await import_workbook(data, "候选人.xlsx", actor=HR, vault=vault, bus=bus)

    assert result.ok, [str(e) for e in result.errors]
    assert result.kind is ImportKind.CANDIDATES
    assert (result.rows, result.created, result.updated) == (3, 2, 1)
    # 张伟 already applied to this job: no second application.
    assert result.applications_opened == 2
    assert await Candidate.all().count() == 3
    zhang = await Candidate.get(id=existing.candidate_id)  # type: ignore[attr-defined]
    assert vault.decrypt(zhang.email_enc, context="candidate.email") == "zw@example.com"
    assert zhang.highest_degree == "本科"
    # One registration rule for every channel: like a chat resume, a row for a returning
    # candidate re-scores the application that is already open (and its ranking key).
    zhang_app = await Application.get(id=existing.id)
    assert zhang_app.match_score is not None and zhang_app.rank_score is not None
    assert zhang_app.stage is Stage.SCREENED

    liu = await Candidate.get(phone_hash=vault.keyed_hash("phone", "13911112222"))
    assert liu.phone_enc != "13911112222"
    assert vault.decrypt(liu.phone_enc, context="candidate.phone") == "13911112222"
    assert vault.decrypt(liu.name_enc, context="candidate.name") == "刘洋"
    assert liu.masked_phone == "139****2222"
    app = await Application.get(candidate_id=liu.id, job_id=job.id)
    assert app.stage is Stage.SCREENED
    assert app.source_channel == "excel_import"
    assert app.match_score is not None
    assert app.rank_score is not None
    # Events were published after the commit, for both new applications (received + screened).
    assert sorted(e.to_stage for e in seen.events) == [
        "received",
        "received",
        "screened",
        "screened",
    ]

    again = await import_workbook(data, "候选人.xlsx", actor=HR, vault=vault, bus=bus)
    assert again.ok
    assert (again.created, again.applications_opened) == (0, 0)
    assert again.updated + again.unchanged == 3
    assert await Candidate.all().count() == 3
    assert await Application.all().count() == 3


async def test_a_file_with_bad_rows_reports_each_bad_cell_and_imports_nothing(db: Any) -> None:
    vault = make_vault()
    job, _ = await backend_job()
    bus = EventBus()
    seen = Recorder(bus)
    before = await _counts()
    data = workbook_bytes(
        [
            CANDIDATE_HEADER,
            ["刘洋", "13911112222", None, job.id, "硕士", None, 4, None, None],
            ["孙丽", "1391111", "sunli@", 9999, "本科", None, None, None, None],
            ["周杰", None, None, job.id, "学士", None, "五年", None, None],
            ["吴磊", "13911112222", None, job.id, None, None, None, None, "面议"],
        ]
    )
    result = await import_workbook(data, "候选人.xlsx", actor=HR, vault=vault, bus=bus)

    assert not result.ok
    assert [str(e) for e in result.errors] == [
        "第3行 B列（手机）：手机号应为11位中国大陆手机号，当前为「1391111」",
        "第3行 C列（邮箱）：邮箱格式不正确：「sunli@」",
        "第3行 D列（岗位编号）：岗位编号 9999 不存在（发送「岗位」可查看在招岗位）",
        "第4行 B列（手机）：手机和邮箱至少填写一项",
        "第4行 G列（工作年限）：工作年限应为0到50之间的数字，当前为「五年」",
        "第5行 B列（手机）：与第2行重复（同一岗位的同一手机）",
        "第5行 I列（期望月薪）：期望月薪应为金额或范围，如 15000 或 15000-20000，当前为「面议」",
    ]
    assert await _counts() == before
    assert seen.events == []


async def test_questions_import_into_bank_and_question_set(db: Any) -> None:
    await backend_job()
    before = await Question.all().count()
    data = workbook_bytes(
        [
            [
                "题目",
                "类型",
                "思考时间",
                "作答时间",
                "难度",
                "能力维度",
                "等价组",
                "参考答案",
                "追问模板",
                "题本",
            ],
            [
                "请讲一次你说服同事接受你方案的经历。",
                "行为",
                20,
                150,
                3,
                "沟通表达、teamwork",
                "persuade",
                "先了解对方顾虑|再用数据说话",
                "对方最初的顾虑是什么？",
                "校招题本",
            ],
            [
                "如果上线后发现数据错乱，你会怎么处理？",
                "情景",
                None,
                None,
                None,
                "problem_solving",
                None,
                None,
                None,
                "校招题本",
            ],
        ]
    )
    result = await import_workbook(data, "题库.xlsx", actor=HR, vault=make_vault(), bus=EventBus())
    assert result.ok, [str(e) for e in result.errors]
    assert (result.kind, result.created, result.updated) == (ImportKind.QUESTIONS, 2, 0)
    assert await Question.all().count() == before + 2
    q = await Question.get(text="请讲一次你说服同事接受你方案的经历。")
    assert q.type is QuestionType.BEHAVIOURAL
    assert (q.think_time_s, q.answer_time_s, q.difficulty) == (20, 150, 3)
    assert q.dimension_codes == ["communication", "teamwork"]
    assert q.exemplar_answers == ["先了解对方顾虑", "再用数据说话"]
    assert q.follow_up_templates == ["对方最初的顾虑是什么？"] and q.allow_follow_up
    q2 = await Question.get(text="如果上线后发现数据错乱，你会怎么处理？")
    assert (q2.think_time_s, q2.answer_time_s, q2.difficulty) == (30, 180, 2)
    qset = await QuestionSet.get(name="校招题本")
    items = await QuestionSetItem.filter(question_set_id=qset.id).order_by("position")
    assert [i.question_id for i in items] == [q.id, q2.id]  # type: ignore[attr-defined]

    bad = workbook_bytes([["题目", "类型", "能力维度"], ["新题目", "行为", "唱歌"]])
    before_all = await _counts()
    refused = await import_workbook(bad, "题库.xlsx", actor=HR, vault=make_vault(), bus=EventBus())
    assert len(refused.errors) == 1
    assert str(refused.errors[0]).startswith("第2行 C列（能力维度）：能力维度「唱歌」不存在")
    assert await _counts() == before_all


async def test_salary_bands_import_sets_the_job_band(db: Any) -> None:
    job, _ = await backend_job()
    data = workbook_bytes(
        [
            ["岗位编号", "级别", "月薪下限", "月薪上限"],
            [job.id, "初级", 16000, 23000],
            [job.id, "高级", 32000, 45000],
            [job.id, "中级", 23000, 32000],
        ]
    )
    result = await import_workbook(data, "薪资.xlsx", actor=HR, vault=make_vault(), bus=EventBus())
    assert result.ok and result.kind is ImportKind.SALARY_BANDS
    fresh = await Job.get(id=job.id)
    assert fresh.salary_band == {
        "初级": [16000, 23000],
        "中级": [23000, 32000],
        "高级": [32000, 45000],
    }

    bad = workbook_bytes(
        [
            ["岗位编号", "级别", "月薪下限", "月薪上限"],
            [job.id, "初级", 9000, 8000],
            [job.id, "初级", 8000, 9000],
            [4242, "中级", 10000, 12000],
        ]
    )
    refused = await import_workbook(bad, "薪资.xlsx", actor=HR, vault=make_vault(), bus=EventBus())
    assert [str(e) for e in refused.errors] == [
        "第2行 D列（月薪上限）：月薪上限（8000）不能低于月薪下限（9000）",
        "第3行 B列（级别）：与第2行重复（同一岗位的同一级别）",
        "第4行 A列（岗位编号）：岗位编号 4242 不存在（发送「岗位」可查看在招岗位）",
    ]
    assert (await Job.get(id=job.id)).salary_band == fresh.salary_band
