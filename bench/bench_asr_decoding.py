"""Benchmark: Whisper-base decoding settings on Mandarin, to choose DEFAULT_DECODING on evidence.

Clips (nothing is copied into the repo; everything is built in a temporary folder):
- real:      the clips of ../shared/data/speech_zh with their references;
- paused:    each real clip inside 3 s (before) and 5 s (after) of quiet room noise, as when a
             candidate pauses before answering and the recording runs on after the last word;
- joined:    both real clips in one recording with a 2 s pause, over room noise;
- long pause: both real clips with a 12 s pause between them and 10 s of room noise after, as
             when a candidate stops to think mid-answer (where Whisper tends to invent text);
- noisy:     each real clip with pink noise at 10 dB SNR;
- synthetic: three espeak-ng sentences (robotic voice: Whisper's worst case);
- silence:   room noise only and hiss only; every character recognised there is invented.

For each setting it prints CER per group and overall (speech groups), the characters invented in
silence (raw, and those left after the SILENT check of analysis.speech.quality), and the real-time
factor. Usage: .venv/bin/python bench/bench_asr_decoding.py [--threads 2] [--only NAME]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(_ROOT)]

from analysis.media.audio import SAMPLE_RATE, AudioArray, decode_audio  # noqa: E402
from analysis.speech.evaluate import read_references  # noqa: E402
from analysis.speech.quality import check_speech, spoken_chars  # noqa: E402
from analysis.speech.text import edit_distance, normalise_for_cer  # noqa: E402
from analysis.speech.whisper import DEFAULT_DECODING, WhisperDecoding, WhisperTranscriber  # noqa: E402
from analysis.types import Flag  # noqa: E402

SPEECH_DIR = _ROOT.parent / "shared" / "data" / "speech_zh"
SYNTHETIC = [
    ("wo3 zai4 shang4 yi1 jia1 gong1 si1 fu4 ze2 ding4 dan1 xi4 tong3 de5 kai1 fa1.",
     "我在上一家公司负责订单系统的开发"),
    ("you3 yi2 ci4 xian4 shang4 chu1 le5 gu4 zhang4, wo3 xian1 cha2 kan4 le5 ri4 zhi4.",
     "有一次线上出了故障我先查看了日志"),
    ("zui4 hou4 wo3 men5 ba3 xiang3 ying4 shi2 jian1 jiang4 di1 le5 yi2 ban4.",
     "最后我们把响应时间降低了一半"),
]  # fmt: skip
SETTINGS: dict[str, WhisperDecoding] = {
    "default (beam 5, VAD 1 s pad, T 0/.4/.8)": DEFAULT_DECODING,
    "no VAD filter": replace(DEFAULT_DECODING, vad_filter=False),
    "VAD 400 ms pad (faster-whisper default)": replace(DEFAULT_DECODING, vad_speech_pad_ms=400),
    "no temperature fallback (T 0)": replace(DEFAULT_DECODING, temperatures=(0.0,)),
    "no VAD, no temperature fallback": replace(
        DEFAULT_DECODING, vad_filter=False, temperatures=(0.0,)
    ),
    "beam 1": replace(DEFAULT_DECODING, beam_size=1),
    "initial prompt": replace(DEFAULT_DECODING, initial_prompt="以下是普通话的句子。"),
}


@dataclass(frozen=True, slots=True)
class Clip:
    """One test recording: its group, 16 kHz audio and reference ("" for silence)."""

    group: str
    name: str
    audio: AudioArray
    reference: str


def _pink(seconds: float, rms: float, seed: int) -> AudioArray:
    """Pink-ish noise (1/f spectrum) at the given RMS: a quiet room, not digital zero."""
    n = int(seconds * SAMPLE_RATE)
    spectrum = np.fft.rfft(np.random.default_rng(seed).normal(size=n))
    freqs = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    spectrum[1:] /= np.sqrt(freqs[1:])
    spectrum[0] = 0
    noise = np.fft.irfft(spectrum, n)
    return (noise / (np.sqrt(np.mean(noise**2)) + 1e-12) * rms).astype(np.float32)


def _rms(audio: AudioArray) -> float:
    return float(np.sqrt(np.mean(audio.astype(np.float64) ** 2)))


def _room(audio: AudioArray, seed: int) -> AudioArray:
    """Add room noise 40 dB below the speech."""
    return (audio + _pink(audio.size / SAMPLE_RATE, _rms(audio) * 0.01, seed)).astype(np.float32)


def build_clips(work: Path) -> list[Clip]:
    """Every clip of the benchmark, from the real speech and espeak-ng."""
    real = [
        (name, decode_audio(SPEECH_DIR / name), ref) for _, name, ref in read_references(SPEECH_DIR)
    ]
    clips = [Clip("real", name, audio, ref) for name, audio, ref in real]
    for i, (name, audio, ref) in enumerate(real):
        level = _rms(audio) * 0.01
        padded = np.concatenate([_pink(3, level, i), audio, _pink(5, level, i + 10)])
        clips.append(Clip("paused", name, _room(padded, i + 20), ref))
        noise = _pink(audio.size / SAMPLE_RATE, _rms(audio) / np.sqrt(10), i + 30)  # 10 dB SNR
        clips.append(Clip("noisy", name, (audio + noise).astype(np.float32), ref))
    gap = np.zeros(2 * SAMPLE_RATE, np.float32)
    joined = np.concatenate([real[0][1], gap, real[1][1]])
    clips.append(Clip("joined", "both", _room(joined, 40), real[0][2] + real[1][2]))
    level = _rms(joined) * 0.01
    thinking = np.concatenate([real[0][1], _pink(12, level, 41), real[1][1], _pink(10, level, 42)])
    clips.append(Clip("long pause", "both", _room(thinking, 43), real[0][2] + real[1][2]))
    for i, (pinyin, ref) in enumerate(SYNTHETIC):
        wav = work / f"espeak-{i}.wav"
        cmd = ["espeak-ng", "-v", "cmn-latn-pinyin", "-s", "150", "-w", str(wav), pinyin]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)
        clips.append(Clip("synthetic", wav.name, decode_audio(wav), ref))
    level = 10 ** (-55 / 20)
    clips.append(Clip("silence", "room noise 10 s", _pink(10, level, 50), ""))
    hiss = np.random.default_rng(51).normal(0, 10 ** (-45 / 20), 15 * SAMPLE_RATE)
    clips.append(Clip("silence", "hiss 15 s", hiss.astype(np.float32), ""))
    return clips


def run_setting(transcriber: WhisperTranscriber, clips: list[Clip]) -> dict[str, object]:
    """Transcribe every clip; CER per group, invented characters in silence, RTF."""
    edits: dict[str, int] = {}
    chars: dict[str, int] = {}
    invented_raw = invented_kept = flagged_silent = 0
    audio_s = busy_s = 0.0
    worst: list[str] = []
    for clip in clips:
        start = time.perf_counter()
        transcript = transcriber.transcribe(clip.audio)
        busy_s += time.perf_counter() - start
        seconds = clip.audio.size / SAMPLE_RATE
        audio_s += seconds
        if clip.group == "silence":
            invented_raw += len(normalise_for_cer(transcript.text))
            invented_kept += spoken_chars(transcript)
            flagged_silent += Flag.SILENT in check_speech(transcript, seconds).flags
            if transcript.text:
                worst.append(f"{clip.name}: {transcript.text[:30]}")
            continue
        ref, hyp = normalise_for_cer(clip.reference), normalise_for_cer(transcript.text)
        e = edit_distance(ref, hyp)
        edits[clip.group] = edits.get(clip.group, 0) + e
        chars[clip.group] = chars.get(clip.group, 0) + len(ref)
        if e / max(1, len(ref)) > 0.3:
            worst.append(f"{clip.group}/{clip.name}: {transcript.text[:30]}")
    silent_clips = sum(c.group == "silence" for c in clips)
    return {
        "cer": {g: edits[g] / chars[g] for g in edits},
        "overall": sum(edits.values()) / sum(chars.values()),
        "natural": sum(v for g, v in edits.items() if g != "synthetic")
        / sum(v for g, v in chars.items() if g != "synthetic"),
        "invented": f"{invented_raw} raw / {invented_kept} kept, "
        f"SILENT {flagged_silent}/{silent_clips}",
        "rtf": busy_s / audio_s,
        "worst": worst,
    }


def main() -> None:
    """Build the clips, run each setting, print one table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", default="", help="run the settings whose name contains this")
    args = parser.parse_args()
    if not (SPEECH_DIR / "transcripts.tsv").is_file():
        raise SystemExit(f"no reference speech at {SPEECH_DIR}")
    with tempfile.TemporaryDirectory() as tmp:
        clips = build_clips(Path(tmp))
    base = WhisperTranscriber(_ROOT / "var" / "models", cpu_threads=args.threads)
    base.load()
    groups = ["real", "paused", "joined", "long pause", "noisy", "synthetic"]
    total_chars = sum(len(normalise_for_cer(c.reference)) for c in clips)
    print(f"{len(clips)} clips, {sum(c.audio.size for c in clips) / SAMPLE_RATE:.1f} s, "
          f"{total_chars} reference characters; load {os.getloadavg()[0]:.2f}")  # fmt: skip
    print("setting".ljust(40) + "".join(g.rjust(11) for g in groups)
          + "  natural  overall    RTF  invented in silence")  # fmt: skip
    for name, decoding in SETTINGS.items():
        if args.only and args.only not in name:
            continue
        transcriber = WhisperTranscriber(_ROOT / "var" / "models", cpu_threads=args.threads,
                                         decoding=decoding)  # fmt: skip
        transcriber._model = base.load()  # share the loaded model: only decoding differs
        r = run_setting(transcriber, clips)
        cer: dict[str, float] = r["cer"]  # type: ignore[assignment]
        cells = "".join(f"{cer.get(g, float('nan')):>11.1%}" for g in groups)
        print(f"{name:<40}{cells}{r['natural']:>9.1%}{r['overall']:>9.1%}{r['rtf']:>7.3f}  "
              f"{r['invented']}   (load {os.getloadavg()[0]:.2f})")  # fmt: skip
        for line in r["worst"]:  # type: ignore[attr-defined]
            print(f"    {line}")


if __name__ == "__main__":
    main()
