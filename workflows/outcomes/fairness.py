"""Fairness report: for each decision point and for the interview score, rates and impact ratios
by gender, age band, region and school tier (and their pairs where counts allow), with the
four-fifths flag and Fisher's exact test. Demographics are read through the audited use case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from analysis.outcomes import ImpactTable, Person, explain_row, fairness_tables
from workflows.actors import Actor
from workflows.outcomes.cohort import DECISIONS, Record, load_records
from workflows.outcomes.demographics import ATTRIBUTES, Demographics, read_profiles
from workflows.privacy.vault import PiiVault

SCORE = "面试得分"


@dataclass(frozen=True, slots=True)
class FairnessSection:
    """One decision point (or the score) with a table per attribute and pair."""

    decision: str
    tables: tuple[ImpactTable, ...]

    def alerts(self) -> list[str]:
        """Plain-Chinese lines for rows under four fifths whose difference is significant
        (Fisher's exact test): those are alerted; the others stay in the report to watch."""
        return self._lines(adverse=True)

    def watch(self) -> list[str]:
        """Rows under four fifths that may still be chance (small or close groups)."""
        return self._lines(adverse=False)

    def _lines(self, *, adverse: bool) -> list[str]:
        out = []
        for table in self.tables:
            label = attribute_label(table.attribute)
            for row in table.flagged:
                if row.adverse == adverse:
                    out.append(f"{self.decision}：" + explain_row(table, row, label))
        return out


@dataclass(frozen=True, slots=True)
class FairnessReport:
    """Every section for the applications of a period."""

    since: datetime | None
    until: datetime | None
    applications: int
    with_demographics: int
    sections: tuple[FairnessSection, ...]

    def alerts(self) -> list[str]:
        """Every significant row under four fifths, of every section."""
        return [line for s in self.sections for line in s.alerts()]

    def watch(self) -> list[str]:
        """Every other row under four fifths."""
        return [line for s in self.sections for line in s.watch()]


def attribute_label(attribute: str) -> str:
    """性别, 性别×年龄段 and the like."""
    return "×".join(ATTRIBUTES.get(a, a) for a in attribute.split("×"))


def fairness_sections(
    records: list[Record], profiles: dict[int, Demographics], year: int
) -> list[FairnessSection]:
    """Sections from records and demographics (no database)."""
    attributes = list(ATTRIBUTES)
    sections = []
    for label, considered, advanced in DECISIONS:
        people = []
        for r in records:
            decided = r.decision(considered, advanced)
            if decided is None:
                continue
            groups = profiles.get(r.candidate_id, Demographics()).groups(year)
            people.append(Person(groups, decided))
        if people:
            sections.append(FairnessSection(label, tuple(fairness_tables(people, attributes))))
    scored = [
        Person(profiles.get(r.candidate_id, Demographics()).groups(year), score=r.overall)
        for r in records
        if r.overall is not None
    ]
    if scored:
        sections.append(
            FairnessSection(SCORE, tuple(fairness_tables(scored, attributes, kind="scoring")))
        )
    return sections


async def fairness_report(
    *, vault: PiiVault, actor: Actor, since: datetime | None = None, until: datetime | None = None
) -> FairnessReport:
    """The fairness report of applications created in [since, until) (HR head / admin)."""
    records = await load_records(since=since, until=until)
    profiles = await read_profiles(
        {r.candidate_id for r in records}, vault=vault, actor=actor, purpose="fairness_report"
    )
    year = (until or datetime.now()).year
    return FairnessReport(
        since,
        until,
        len(records),
        sum(1 for r in records if r.candidate_id in profiles),
        tuple(fairness_sections(records, profiles, year)),
    )
