"""The compliance check refuses questions on protected topics and lets job questions through."""

from __future__ import annotations

import pytest

from analysis.compliance import check_question, check_texts, refusal_message


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("你结婚了吗？", "婚姻状况"),
        ("请问你目前是单身还是有男朋友", "婚姻状况"),
        ("未来三年有生育计划吗？", "生育计划"),
        ("打算什么时候要孩子", "生育计划"),
        ("你现在怀孕了吗", "怀孕"),
        ("你是哪个民族的？", "民族"),
        ("你有宗教信仰吗", "宗教信仰"),
        ("你的户口在哪里？", "户籍"),
        ("你有没有乙肝或其他疾病史", "健康状况"),
        ("你 结 婚 了吗", "婚姻状况"),
    ],
)
def test_a_question_on_a_protected_topic_is_refused_with_its_topic(text: str, topic: str) -> None:
    assert topic in [i.topic for i in check_question(text)]


@pytest.mark.parametrize(
    "text",
    [
        "请讲一次你主动推动跨团队协作的经历，结果如何？",
        "面向对象设计中你最常用的原则是什么？",
        "如果客户在电话里情绪激动地投诉，你会怎么处理？",
        "请介绍你做过的一次数据库性能优化。",
        "讲讲你对这个岗位的理解和未来三年的职业规划。",
    ],
)
def test_job_related_questions_pass(text: str) -> None:
    assert check_question(text) == []


def test_the_refusal_names_the_topic_the_words_and_the_rule() -> None:
    issues = check_texts(["你结婚了吗？", "有生育计划吗？"])
    message = refusal_message(issues)
    assert "婚姻状况" in message and "生育计划" in message
    assert "“结婚”" in message
    assert "人社部发〔2019〕17号" in message
