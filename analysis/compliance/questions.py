"""Refuse interview questions about protected personal circumstances.

The 2019 notice of nine ministries (人社部发〔2019〕17号, 关于进一步规范招聘行为促进妇女就业的通知)
forbids asking about marriage or childbearing, and pregnancy tests; the Employment Promotion Law
forbids discrimination by ethnicity, religion, hukou (household registration) and health status
(e.g. hepatitis B carriers). A question that touches one of these topics is refused with the
topic and the rule, whatever kind of question it is and wherever it came from (the bank, an
Excel import, a generated follow-up).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ComplianceIssue:
    """One forbidden topic found in a question: the topic, the words that matched, the rule."""

    topic: str
    matched: str
    reason: str


@dataclass(frozen=True, slots=True)
class _Rule:
    topic: str
    pattern: re.Pattern[str]
    reason: str


_NOTICE = "《关于进一步规范招聘行为促进妇女就业的通知》（人社部发〔2019〕17号）"
_LAW = "《就业促进法》"

_RULES: tuple[_Rule, ...] = (
    _Rule(
        "婚姻状况",
        re.compile(
            r"结婚|婚姻|婚否|婚恋|已婚|未婚|离异|离婚|配偶|单身|恋爱|男朋友|女朋友|男友|女友"
            r"|(有|找|谈)(没有)?对象|另一半|老公|老婆|丈夫|妻子"
        ),
        f"{_NOTICE}禁止询问妇女婚育情况，招聘中不得询问婚姻状况",
    ),
    _Rule(
        "生育计划",
        re.compile(
            r"生育|生(孩子|小孩|宝宝|娃)|要(孩子|小孩|宝宝|娃)|[二三]胎|备孕|产假|育龄|哺乳"
            r"|(有|几个)(没有)?(孩子|小孩|子女)|孩子(多大|几岁)"
        ),
        f"{_NOTICE}禁止询问婚育情况或将生育计划作为录用条件",
    ),
    _Rule(
        "怀孕",
        re.compile(r"怀孕|孕期|妊娠|怀上|孕检|验孕|有孕"),
        f"{_NOTICE}禁止询问是否怀孕或将妊娠测试作为入职条件",
    ),
    _Rule(
        "民族",
        re.compile(
            r"少数民族|汉族|回族|藏族|维吾尔族|蒙古族|壮族|族裔|种族"
            r"|(什么|哪个|哪一?)民族|民族(是|成分)"
        ),
        f"{_LAW}第三条规定劳动者就业不因民族不同而受歧视",
    ),
    _Rule(
        "宗教信仰",
        re.compile(r"宗教|信教|信仰|佛教|基督|伊斯兰|穆斯林|天主教|道教|拜佛|做礼拜|清真"),
        f"{_LAW}第三条规定劳动者就业不因宗教信仰不同而受歧视",
    ),
    _Rule(
        "户籍",
        re.compile(r"户口|户籍|籍贯|本地人|外地人|(是)?哪里人|老家(在|是)|农村户|城镇户"),
        f"{_LAW}第二十条规定农村劳动者进城就业享有与城镇劳动者平等的劳动权利，不得以户籍设限",
    ),
    _Rule(
        "健康状况",
        re.compile(
            r"病史|疾病|生病|生过病|慢性病|传染病|乙肝|肝炎|艾滋|残疾|住院|做过手术"
            r"|健康状况|身体状况|身体(怎么样|好不好|健康吗|还好吗|有没有问题)"
            r"|(吃|服)(什么)?药|心理(疾病|问题)|抑郁"
        ),
        f"{_LAW}第三十条规定不得以是传染病病原携带者为由拒绝录用；与岗位无关的健康问题"
        "不应在面试中询问（岗位确需的健康条件请在入职体检环节依法处理）",
    ),
)


def _normalise(text: str) -> str:
    # Spaces and full-width blanks do not hide a word ("结 婚").
    return re.sub(r"[\s\u3000]+", "", text)


def check_question(text: str) -> list[ComplianceIssue]:
    """Every forbidden topic the question touches (empty when it may be asked)."""
    plain = _normalise(text)
    issues: list[ComplianceIssue] = []
    for rule in _RULES:
        match = rule.pattern.search(plain)
        if match is not None:
            issues.append(ComplianceIssue(rule.topic, match.group(0), rule.reason))
    return issues


def check_texts(texts: Iterable[str]) -> list[ComplianceIssue]:
    """The issues of several texts (a question and its follow-up templates), topics once each."""
    seen: dict[str, ComplianceIssue] = {}
    for text in texts:
        for issue in check_question(text):
            seen.setdefault(issue.topic, issue)
    return list(seen.values())


def refusal_message(issues: list[ComplianceIssue]) -> str:
    """The Chinese explanation shown in the form, the import report and the logs."""
    parts = [f"涉及「{i.topic}」（“{i.matched}”）：{i.reason}" for i in issues]
    return "该题目不合规，不能保存。" + "；".join(parts) + "。请改为与岗位能力相关的问题。"
