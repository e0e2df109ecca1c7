"""Org structure: departments and staff (DingTalk users of the customer's org)."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from workflows.common.fields import TimestampedModel


class Role(StrEnum):
    """What a staff member may do in DingHire."""

    HR = "hr"
    HR_HEAD = "hr_head"
    MANAGER = "manager"
    ADMIN = "admin"
    INTERVIEWER = "interviewer"


class Department(TimestampedModel):
    """A DingTalk department."""

    id = fields.IntField(primary_key=True)
    dingtalk_dept_id = fields.BigIntField(unique=True)
    name = fields.CharField(max_length=128)
    parent: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="children", null=True, on_delete=fields.SET_NULL
    )

    class Meta:
        table = "department"


class Staff(TimestampedModel):
    """A member of the customer's org, identified by DingTalk userId."""

    id = fields.IntField(primary_key=True)
    dingtalk_user_id = fields.CharField(max_length=64, unique=True)
    union_id = fields.CharField(max_length=64, null=True, db_index=True)
    name = fields.CharField(max_length=64)
    title = fields.CharField(max_length=64, default="")
    roles = fields.JSONField[list[str]](default=list)
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="staff", null=True, on_delete=fields.SET_NULL
    )
    is_active = fields.BooleanField(default=True)

    class Meta:
        table = "staff"

    def has_role(self, role: Role) -> bool:
        """True when this member holds the role (admins hold every role)."""
        return role.value in self.roles or Role.ADMIN.value in self.roles


class SpentReportLink(TimestampedModel):
    """A staff member's report link that has signed someone in: each such link works once."""

    id = fields.IntField(primary_key=True)
    # SHA-256 of the token, never the token itself (it was a credential).
    digest = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "spent_report_link"
