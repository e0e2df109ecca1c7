"""The OA approvals port (workflow_1_0) and its records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

# ---------------------------------------------------------------- approvals


class ApproverActionType(StrEnum):
    """How a step with several approvers completes."""

    NONE = "NONE"  # single approver
    AND = "AND"  # 会签: everyone must approve
    OR = "OR"  # 或签: anyone may approve


@dataclass(frozen=True)
class ApproverStep:
    """One approval step."""

    user_ids: tuple[str, ...]
    action_type: ApproverActionType = ApproverActionType.NONE


@dataclass(frozen=True)
class FormComponent:
    """A field of an approval form template."""

    label: str
    component_type: str = "TextField"
    required: bool = False
    placeholder: str = ""


@dataclass(frozen=True)
class ProcessTemplate:
    """An OA approval template to find by name or create."""

    name: str
    description: str
    components: tuple[FormComponent, ...]


@dataclass(frozen=True)
class FormValue:
    """A filled form field."""

    name: str
    value: str


@dataclass(frozen=True)
class StartApproval:
    """Everything needed to start an approval instance."""

    process_code: str
    originator_user_id: str
    form: tuple[FormValue, ...]
    approvers: tuple[ApproverStep, ...] = ()
    dept_id: int | None = None
    cc_user_ids: tuple[str, ...] = ()
    business_id: str = ""


@dataclass(frozen=True)
class ApprovalTask:
    """One approver's task in an instance."""

    task_id: int
    user_id: str
    status: str
    result: str


@dataclass(frozen=True)
class ApprovalRecord:
    """One entry of an instance's history (`operationRecords`), oldest first."""

    user_id: str
    # START_PROCESS_INSTANCE | EXECUTE_TASK_NORMAL | EXECUTE_TASK_AGENT | TERMINATE_PROCESS_INSTANCE
    # | ADD_REMARK | ...; kept as DingTalk sends it (the list is not confirmed to be complete).
    type: str
    result: str  # AGREE | REFUSE | NONE (the case is not confirmed either) | ""
    remark: str
    at: datetime | None  # timezone-aware; None when missing or unreadable

    @property
    def refused(self) -> bool:
        """An approver refused here."""
        return self.result.upper() == "REFUSE"

    @property
    def terminated(self) -> bool:
        """The instance was withdrawn here."""
        return self.type.upper() == "TERMINATE_PROCESS_INSTANCE"


@dataclass(frozen=True)
class ApprovalInstance:
    """An approval instance as DingTalk reports it."""

    instance_id: str
    title: str
    status: str  # NEW | RUNNING | TERMINATED | COMPLETED | CANCELED
    result: str  # agree | refuse | ""
    business_id: str
    originator_user_id: str
    form: tuple[FormValue, ...]
    tasks: tuple[ApprovalTask, ...]
    records: tuple[ApprovalRecord, ...] = ()

    @property
    def approved(self) -> bool:
        """Completed and agreed."""
        return self.status == "COMPLETED" and self.result == "agree"


class Approvals(Protocol):
    """OA approvals (workflow_1_0)."""

    async def ensure_process(self, template: ProcessTemplate) -> str:
        """The processCode of the template with this name, creating it if missing."""
        ...

    async def start(self, request: StartApproval) -> str:
        """Start an instance; returns its id."""
        ...

    async def get(self, instance_id: str) -> ApprovalInstance:
        """Read one instance."""
        ...
