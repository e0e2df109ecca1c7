"""A starter library of competency models for common roles, to copy and edit in the console."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workflows.seed import demo_data

_LABELS = {1: "不足", 2: "待提升", 3: "合格", 4: "良好", 5: "卓越"}


def _levels(indicators: dict[int, list[str]]) -> list[dict[str, Any]]:
    return [
        {"level": lvl, "label": _LABELS[lvl], "indicators": words, "description": ""}
        for lvl, words in sorted(indicators.items())
    ]


# Dimensions the demo org does not have, for the operations and management-trainee models.
_EXTRA: dict[str, dict[str, Any]] = {
    "data_analysis": {
        "name": "数据分析",
        "description": "用数据发现问题、衡量效果并支持决策。",
        "levels": _levels(
            {
                1: ["凭感觉判断"],
                2: ["会看报表", "缺少分析"],
                3: ["拆解指标", "对比分析", "用数据说明结论"],
                4: ["设计实验", "归因分析", "建立指标体系"],
                5: ["数据驱动业务决策", "沉淀分析方法"],
            }
        ),
    },
    "execution": {
        "name": "执行推动",
        "description": "把计划落实为结果，按时推进并跟踪闭环。",
        "levels": _levels(
            {
                1: ["拖延", "遇到困难就停下"],
                2: ["按要求完成", "需要催促"],
                3: ["制定计划", "按期交付", "主动同步进度"],
                4: ["协调多方推进", "提前识别风险", "复盘优化"],
                5: ["推动复杂项目落地", "建立推进机制"],
            }
        ),
    },
    "leadership": {
        "name": "领导潜力",
        "description": "主动承担责任，影响和带动他人达成目标。",
        "levels": _levels(
            {
                1: ["回避责任"],
                2: ["完成个人任务"],
                3: ["主动承担", "带动身边同事", "做出决定"],
                4: ["组织小团队", "激励他人", "处理分歧"],
                5: ["设定方向", "培养他人", "承担团队结果"],
            }
        ),
    },
}


@dataclass(frozen=True, slots=True)
class StarterModel:
    """One library entry: a role, its weighted dimensions and its resume requirements."""

    key: str
    name: str
    description: str
    weights: dict[str, float]
    requirements: dict[str, Any]


STARTERS: tuple[StarterModel, ...] = (
    StarterModel(
        "sales",
        "销售岗通用模型",
        "面向客户开拓与成交的销售岗位。",
        {
            "sales_drive": 0.3,
            "customer_focus": 0.25,
            "communication": 0.2,
            "resilience": 0.15,
            "teamwork": 0.1,
        },
        {"degree": {"min": "大专", "hard": False}, "years": {"min": 1}},
    ),
    StarterModel(
        "customer_service",
        "客服岗通用模型",
        "面向客户咨询、投诉处理与满意度的客服岗位。",
        {"customer_focus": 0.35, "communication": 0.3, "resilience": 0.2, "learning": 0.15},
        {"degree": {"min": "大专", "hard": False}, "years": {"min": 0}},
    ),
    StarterModel(
        "backend",
        "后端工程师通用模型",
        "服务端开发、数据库与系统稳定性。",
        {
            "backend_expertise": 0.35,
            "problem_solving": 0.25,
            "teamwork": 0.15,
            "communication": 0.1,
            "learning": 0.15,
        },
        {"degree": {"min": "本科", "hard": False}, "years": {"min": 1}},
    ),
    StarterModel(
        "operations",
        "运营岗通用模型",
        "用户、内容或活动运营，重视数据与执行。",
        {
            "data_analysis": 0.3,
            "execution": 0.25,
            "communication": 0.2,
            "customer_focus": 0.15,
            "learning": 0.1,
        },
        {"degree": {"min": "本科", "hard": False}, "years": {"min": 0}},
    ),
    StarterModel(
        "management_trainee",
        "管培生通用模型",
        "应届管理培训生：潜力、学习与协作。",
        {
            "learning": 0.3,
            "leadership": 0.25,
            "problem_solving": 0.2,
            "teamwork": 0.15,
            "communication": 0.1,
        },
        {"degree": {"min": "本科", "hard": True}, "years": {"max": 1}},
    ),
)


def starter(key: str) -> StarterModel | None:
    """The library entry with this key."""
    return next((s for s in STARTERS if s.key == key), None)


def dimension_spec(code: str) -> dict[str, Any]:
    """Name, description and 1-5 levels of a library dimension."""
    spec = _EXTRA.get(code) or demo_data.DIMENSIONS[code]
    levels = [
        {
            "level": lvl["level"],
            "label": lvl["label"],
            "indicators": list(lvl["indicators"]),
            "description": lvl.get("description", ""),
        }
        for lvl in spec["levels"]
    ]
    return {"name": spec["name"], "description": spec["description"], "levels": levels}
