"""Why an offer request is refused, in Chinese for the user (`DomainError.user_message`)."""

from __future__ import annotations

NOT_SHORTLISTED = "只有处于「进入下一轮」阶段的候选人才能发起录用（当前阶段：{stage}）"
IN_PROGRESS = "该候选人的录用审批正在发起中，请稍后查看"
ALREADY_APPROVED = "该候选人的录用已审批通过，无需再次发起"
NO_APPROVERS = (
    "无法确定录用审批人：岗位「{job}」没有用人经理，系统中也没有 HR 负责人。"
    "请为岗位设置用人经理或审批人"
)
NO_ORIGINATOR = "无法确定审批发起人：请由 HR 发起录用，或为岗位设置负责 HR"
BAD_START_DATE = "预计入职日期不能早于今天：{day}"
START_FAILED = (
    "钉钉录用审批发起失败：{why}。候选人仍在「进入下一轮」，请检查审批人和审批模板设置后重试"
)
