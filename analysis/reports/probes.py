"""Next-round interview questions per dimension, and labels for integrity/quality flags."""

from __future__ import annotations

from analysis.scoring.types import DimensionSpec
from analysis.types import Flag

# Concrete behavioural questions that probe one dimension each (two per dimension).
PROBES: dict[str, tuple[str, ...]] = {
    "communication": (
        "请讲一次你需要向不同背景的人解释同一件复杂事情的经历：你是如何调整表达方式的？",
        "请举例说明你如何推动一次有分歧的讨论达成共识，最终结果如何？",
    ),
    "problem_solving": (
        "请讲一次你定位问题根因的经历：你比较了哪些方案，用什么数据验证了效果？",
        "有没有一个问题你解决后还做了预防措施？具体是怎么做的，之后效果如何？",
    ),
    "teamwork": (
        "请讲一次你主动协调资源、帮助团队完成目标的经历：你具体做了什么？",
        "跨部门合作中遇到对方不配合时，你是怎么处理的？请举一个真实例子。",
    ),
    "learning": (
        "请讲一次你在短时间内掌握一个全新领域的经历：你怎么学的，多久开始产出？",
        "你最近主动学习的一项新技能是什么？它如何应用到了工作中？",
    ),
    "backend_expertise": (
        "请讲一个你做过的性能优化：优化前后的指标分别是多少，瓶颈是怎么定位的？",
        "如果一个核心接口的流量突然翻了十倍，你会从哪些方面保证系统稳定？",
    ),
    "customer_focus": (
        "请讲一次你发现客户没有说出口的需求并满足它的经历，结果如何？",
        "遇到客户的要求超出公司政策时，你是怎么处理的？请举例。",
    ),
    "resilience": (
        "请讲一次你在很大压力下完成目标的经历：你如何安排优先级、调整心态？",
        "说一次你失败或被拒绝的经历，你从中总结了什么，后来怎么做的？",
    ),
    "sales_drive": (
        "请讲一次你超额完成业绩目标的经历：目标是多少，最终完成多少，关键动作是什么？",
        "你是如何开拓一个新客户或新市场的？从线索到签约用了多长时间？",
    ),
}

FLAG_LABELS: dict[str, str] = {
    Flag.SILENT: "无有效回答（静音或空白）",
    Flag.LOW_ASR_CONFIDENCE: "语音识别可信度低",
    Flag.TOO_SHORT: "回答过短",
    Flag.CLIPPING: "录音削波失真",
    Flag.NOISY: "背景噪声较大",
    Flag.TOO_QUIET: "音量过低",
    Flag.NO_FACE: "画面中较长时间未检测到人脸",
    Flag.MULTIPLE_FACES: "画面中出现多人",
    Flag.LOOKING_AWAY: "视线频繁偏离屏幕",
    Flag.POOR_LIGHTING: "光线不足",
    Flag.BLURRY: "画面模糊",
    Flag.UNUSABLE_MEDIA: "录音或视频无法使用",
}
INTEGRITY_FLAGS = frozenset({Flag.NO_FACE, Flag.MULTIPLE_FACES, Flag.LOOKING_AWAY})


def probe_questions(spec: DimensionSpec, count: int = 2) -> list[str]:
    """Concrete questions for the next round; from the rubric's upper levels when none are set."""
    known = PROBES.get(spec.code)
    if known:
        return list(known[:count])
    upper = [
        phrase
        for level in sorted(spec.levels, key=lambda lv: -lv.level)
        if level.level >= 3
        for phrase in level.indicators
    ]
    out = [
        f"请举一个体现“{phrase}”的具体例子：当时的情况、你做了什么、结果如何？"
        for phrase in upper[:count]
    ]
    return out or [f"请结合一次真实经历，具体谈谈你在“{spec.name}”方面的做法和结果。"]
