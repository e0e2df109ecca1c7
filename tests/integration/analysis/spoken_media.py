"""Interview recordings for the worker tests: espeak-ng Mandarin muxed with a synthetic video."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.fixtures.media.media_fixtures import tool_or_skip

# Pinyin (tone digits) for espeak-ng's cmn-latn-pinyin voice; one answer per question of the
# seeded backend plan (intro, incident, conflict). Short plain sentences survive synthetic
# speech + Whisper-base best.
ANSWERS_PINYIN = (
    "wo3 jiao4 li3 ming2. wo3 you3 wu3 nian2 hou4 duan1 kai1 fa1 jing1 yan4, "
    "fu4 ze2 guo4 ding4 dan1 xi4 tong3.",
    "qu4 nian2 wo3 fu4 ze2 ding4 dan1 xi4 tong3. you3 yi2 ci4 xi4 tong3 chu1 xian4 gu4 zhang4, "
    "wo3 xian1 cha2 kan4 jian1 kong4, ran2 hou4 ding4 wei4 wen4 ti2. "
    "zui4 hou4 fu2 wu4 hui1 fu4 le5.",
    # Checked to come through Whisper-base nearly word for word (and the same on every run).
    "wo3 he2 tong2 shi4 you3 fen1 qi2. wo3 xian1 he2 tong2 shi4 gou1 tong1. "
    "zui4 hou4 wo3 men5 da2 cheng2 le5 yi2 zhi4, xiang4 mu4 an4 shi2 shang4 xian4.",
)


def spoken_answer_video(pinyin: str, out: Path) -> bytes:
    """An MP4 (H.264 test pattern + AAC speech) of `pinyin` read by espeak-ng; its bytes."""
    espeak = tool_or_skip("espeak-ng")
    ffmpeg = tool_or_skip("ffmpeg")
    wav = out.with_suffix(".wav")
    say = [espeak, "-v", "cmn-latn-pinyin", "-s", "120", "-w", str(wav), pinyin]
    subprocess.run(say, check=True, capture_output=True, timeout=120)
    mux = [ffmpeg, "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10"]
    mux += ["-i", str(wav), "-shortest", "-c:v", "libx264", "-preset", "veryfast"]
    mux += ["-pix_fmt", "yuv420p", "-c:a", "aac", str(out)]
    subprocess.run(mux, check=True, capture_output=True, timeout=120)
    return out.read_bytes()
