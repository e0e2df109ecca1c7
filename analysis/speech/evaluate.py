"""`dinghire eval asr DIR`: character error rate of a transcriber on clips with references."""

from __future__ import annotations

import csv
from pathlib import Path

from analysis.media.audio import decode_audio
from analysis.speech.port import Transcriber
from analysis.speech.text import edit_distance, normalise_for_cer

TRANSCRIPTS_FILE = "transcripts.tsv"


def read_references(folder: Path) -> list[tuple[str, str]]:
    """(file, reference) rows from DIR/transcripts.tsv (tab-separated, header file, reference)."""
    path = folder / TRANSCRIPTS_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (expected columns: file, reference)")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if rows and not {"file", "reference"} <= set(rows[0]):
        raise ValueError(f"{path}: header must name the columns file and reference")
    return [(row["file"], row["reference"]) for row in rows]


def run_asr_eval(folder: Path, transcriber: Transcriber) -> str:
    """Transcribe every clip; return a report of per-file and overall CER (normalised text)."""
    lines = [f"ASR evaluation on {folder} with {transcriber.engine}", "file\tCER\thypothesis"]
    total_edits = total_chars = 0
    for name, reference in read_references(folder):
        hyp = transcriber.transcribe(decode_audio(folder / name)).text
        ref_n, hyp_n = normalise_for_cer(reference), normalise_for_cer(hyp)
        edits = edit_distance(ref_n, hyp_n)
        total_edits += edits
        total_chars += len(ref_n)
        cer = edits / len(ref_n) if ref_n else float(bool(hyp_n))
        lines.append(f"{name}\t{cer:.2%}\t{hyp}")
    overall = total_edits / total_chars if total_chars else 0.0
    lines.append(f"overall CER {overall:.2%} ({total_edits} edits / {total_chars} characters)")
    return "\n".join(lines)


def overall_cer(report: str) -> float:
    """Parse the overall CER (0..1) back from a run_asr_eval report."""
    last = report.strip().splitlines()[-1]
    return float(last.split()[2].rstrip("%")) / 100
