"""What HR reads for the engine that transcribed an answer (stored engine id -> label)."""

from __future__ import annotations

ENGINE_LABELS: dict[str, str] = {
    "faster-whisper/base": "Whisper-base（离线）",
    "funasr/paraformer": "FunASR Paraformer-zh",
    "funasr/sensevoice-small": "FunASR SenseVoice-Small",
    "funasr": "FunASR",
    "text": "文字作答，无需转写",
}


def engine_label(engine: str) -> str:
    """The Chinese label of a stored engine id; unknown ids are shown as they are."""
    if not engine:
        return "未记录"
    return ENGINE_LABELS.get(engine, engine)
