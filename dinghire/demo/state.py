"""What the steps share: the running system, the HR chat, and what each step found out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import httpx

from dinghire.demo.candidate import InterviewPage, InterviewRun
from dinghire.demo.chat import Chat
from dinghire.demo.content import DemoCandidate
from dinghire.demo.output import Printer
from dinghire.demo.system import DemoSystem


@dataclass
class Applicant:
    """One candidate's way through the demo."""

    candidate: DemoCandidate
    application_id: int = 0
    resume_card: str = ""
    match_score: str = ""
    invite_link: str = ""
    page: InterviewPage | None = None
    run: InterviewRun | None = None
    scored_card: str = ""
    overall: float | None = None
    overall_label: str = ""
    report_link: str = ""

    @property
    def invite_token(self) -> str:
        """The token at the end of the /i/ link."""
        return self.invite_link.rsplit("/i/", 1)[-1]

    @property
    def label(self) -> str:
        """Name and application number, as HR sees them in lists."""
        return f"{self.candidate.name}（编号 {self.application_id}）"


@dataclass
class DemoState:
    """Everything the steps read and write."""

    workdir: Path
    system: DemoSystem
    chat: Chat
    out: Printer
    http: httpx.AsyncClient
    applicants: list[Applicant] = field(default_factory=list)
    excel_path: Path | None = None
    best: Applicant | None = None
    worst: Applicant | None = None
    pass_line: float | None = None
    offer_link: str = ""
    offer_instance_id: str = ""
    accept_seq: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def job_id(self) -> int:
        """The demo job's number, as HR types it."""
        return self.system.job_id

    def ranked(self) -> list[Applicant]:
        """Applicants by overall score, best first (unscored last, in the expected order)."""
        order = {"strong": 0, "average": 1, "weak": 2}
        return sorted(
            self.applicants,
            key=lambda a: (
                a.overall is None,
                -(a.overall or 0.0),
                order.get(a.candidate.level, 3),
            ),
        )
