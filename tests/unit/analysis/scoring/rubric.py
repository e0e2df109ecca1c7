"""Scoring inputs built from the demo rubric and question bank (realistic Chinese)."""

from __future__ import annotations

from analysis.scoring import DimensionSpec, LevelSpec, QuestionSpec
from analysis.scoring.convert import text_transcript
from analysis.types import Segment, Transcript
from workflows.seed import demo_data


def dimensions(weights: dict[str, float]) -> list[DimensionSpec]:
    """DimensionSpecs of the demo dimensions with these weights."""
    out = []
    for code, weight in weights.items():
        spec = demo_data.DIMENSIONS[code]
        levels = tuple(
            LevelSpec(lv["level"], lv["label"], tuple(lv["indicators"])) for lv in spec["levels"]
        )
        out.append(DimensionSpec(code, spec["name"], weight, spec["description"], levels))
    return out


def question(key: str, *, allow_follow_up: bool = True) -> QuestionSpec:
    """The demo question with this key."""
    q = next(q for q in demo_data.QUESTIONS if q["key"] == key)
    return QuestionSpec(
        q["text"],
        tuple(q["dims"]),
        tuple(q["exemplars"]),
        tuple(q["follow_ups"]),
        allow_follow_up,
        q["answer"],
    )


BACKEND = dimensions(
    {
        "backend_expertise": 0.35,
        "problem_solving": 0.25,
        "teamwork": 0.15,
        "communication": 0.1,
        "learning": 0.15,
    }
)

STRONG_INCIDENT = (
    "去年双十一期间，我们的支付接口超时率突然升到百分之五。我负责排查这个故障。"
    "我先查看监控，发现数据库连接池耗尽，然后定位到一条没有走索引的慢查询。"
    "我加了联合索引并对接口做了限流，十分钟内服务恢复。"
    "最后我们补充了慢查询告警，并做了一次复盘，之后半年没有再出现类似故障。"
)
VAGUE_INCIDENT = (
    "我处理过很多线上问题，我觉得自己排查问题的能力比较强。"
    "遇到问题我会认真分析，和同事一起想办法解决，大家配合得很好。"
)
NO_RESULT_INCIDENT = (
    "有一次订单服务响应很慢，我负责处理。我先看了监控，然后用链路追踪找到了两个慢接口，"
    "接着把串行调用改成并行，又加了 Redis 缓存。"
)
OFF_TOPIC = "我平时喜欢打篮球和看电影，周末经常去爬山，觉得生活要劳逸结合才好。"


def spoken(text: str, *, confidence: float = 0.9, chunk: int = 40) -> Transcript:
    """A hand-made ASR transcript: the text cut into timed segments of about `chunk` chars."""
    segs = []
    t = 0.0
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk]
        dur = len(piece) / 4.0
        segs.append(Segment(round(t, 2), round(t + dur, 2), piece, confidence))
        t += dur + 0.5
    return Transcript(text, tuple(segs), "zh", confidence, "faster-whisper/base", round(t, 2))


def typed(text: str) -> Transcript:
    """A text answer."""
    return text_transcript(text, 60.0)
