"""`dinghire eval asr DIR`: character error rate and real-time factor of each speech engine on
clips with reference transcripts (DIR/transcripts.tsv, tab-separated columns file, reference)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analysis.eval_input import EvalInputError, read_tsv
from analysis.media.audio import SAMPLE_RATE, AudioArray, decode_audio
from analysis.media.errors import UnusableMediaError
from analysis.speech.labels import engine_label
from analysis.speech.port import Transcriber
from analysis.speech.text import edit_distance, normalise_for_cer

TRANSCRIPTS_FILE = "transcripts.tsv"
COLUMNS = ("file", "reference")


@dataclass(frozen=True, slots=True)
class Clip:
    """One reference clip, decoded to 16 kHz mono."""

    file: str
    reference: str
    audio: AudioArray

    @property
    def seconds(self) -> float:
        """Length of the clip."""
        return self.audio.size / SAMPLE_RATE


@dataclass(frozen=True, slots=True)
class ClipResult:
    """One clip's hypothesis and its edit count against the normalised reference."""

    file: str
    hypothesis: str
    edits: int
    chars: int

    @property
    def cer(self) -> float:
        """Edits over reference characters."""
        return self.edits / self.chars if self.chars else float(self.edits > 0)


@dataclass(frozen=True, slots=True)
class EngineResult:
    """One engine on every clip: CER over all characters and the real-time factor."""

    engine: str
    clips: tuple[ClipResult, ...]
    load_s: float
    busy_s: float
    audio_s: float

    @property
    def cer(self) -> float:
        """Overall character error rate (all edits over all reference characters)."""
        chars = sum(c.chars for c in self.clips)
        return sum(c.edits for c in self.clips) / chars if chars else 0.0

    @property
    def rtf(self) -> float:
        """Transcription time over audio time (model loading excluded)."""
        return self.busy_s / self.audio_s if self.audio_s else 0.0


@dataclass(frozen=True, slots=True)
class EngineFailure:
    """An engine that could not run here (extra not installed, model files missing)."""

    engine: str
    message: str


def read_references(folder: Path) -> list[tuple[int, str, str]]:
    """(line, file, reference) rows of DIR/transcripts.tsv; EvalInputError when malformed."""
    if not folder.is_dir():
        raise EvalInputError(folder, "no such folder" if not folder.exists() else "not a folder")
    path = folder / TRANSCRIPTS_FILE
    if not path.exists():
        raise EvalInputError(path, "no such file (tab-separated columns: file, reference)")
    return [
        (row.line, row.values["file"], row.values["reference"]) for row in read_tsv(path, COLUMNS)
    ]


def load_clips(folder: Path) -> list[Clip]:
    """Every referenced clip decoded before any model loads, so a bad file fails fast."""
    tsv = folder / TRANSCRIPTS_FILE
    clips: list[Clip] = []
    for line, name, reference in read_references(folder):
        try:
            audio = decode_audio(folder / name)
        except UnusableMediaError as exc:
            reason = f"audio file {name} cannot be used ({exc.reason.value})"
            raise EvalInputError(tsv, reason, line) from exc
        clips.append(Clip(name, reference, audio))
    return clips


def evaluate_engine(transcriber: Transcriber, clips: Sequence[Clip]) -> EngineResult:
    """Load the engine (timed apart), then transcribe every clip and count edits."""
    start = time.perf_counter()
    transcriber.transcribe(np.zeros(SAMPLE_RATE, dtype=np.float32))  # loads the model
    load_s = time.perf_counter() - start
    results: list[ClipResult] = []
    busy = 0.0
    for clip in clips:
        start = time.perf_counter()
        hypothesis = transcriber.transcribe(clip.audio).text
        busy += time.perf_counter() - start
        ref, hyp = normalise_for_cer(clip.reference), normalise_for_cer(hypothesis)
        results.append(ClipResult(clip.file, hypothesis, edit_distance(ref, hyp), len(ref)))
    audio_s = sum(c.seconds for c in clips)
    return EngineResult(transcriber.engine, tuple(results), load_s, busy, audio_s)


def format_report(
    folder: Path, clips: Sequence[Clip], outcomes: Sequence[EngineResult | EngineFailure]
) -> str:
    """Per engine: per-clip CER and hypothesis, then one summary line with CER and RTF."""
    seconds = sum(c.seconds for c in clips)
    lines = [f"ASR evaluation on {folder}: {len(clips)} clips, {seconds:.1f} s of audio"]
    for outcome in outcomes:
        lines.append(f"\n== {outcome.engine} ({engine_label(outcome.engine)})")
        if isinstance(outcome, EngineFailure):
            lines.append(f"not measured: {outcome.message}")
            continue
        lines.append("file\tCER\thypothesis")
        lines.extend(f"{c.file}\t{c.cer:.2%}\t{c.hypothesis}" for c in outcome.clips)
        edits = sum(c.edits for c in outcome.clips)
        chars = sum(c.chars for c in outcome.clips)
        lines.append(
            f"{outcome.engine}: CER {outcome.cer:.2%} ({edits} edits / {chars} characters), "
            f"real-time factor {outcome.rtf:.3f} ({outcome.busy_s:.2f} s for "
            f"{outcome.audio_s:.1f} s of audio; model load {outcome.load_s:.2f} s)"
        )
    return "\n".join(lines)
