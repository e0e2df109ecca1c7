"""Zip-bomb guards: check declared sizes and ratios before reading, then read with a hard cap."""

from __future__ import annotations

import zipfile

from analysis.resume.errors import ZipBombError
from analysis.resume.extract.model import ExtractLimits

_RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small XML parts compress very well; ratio is noise there
_CHUNK = 64 * 1024


def check_archive(archive: zipfile.ZipFile, filename: str, limits: ExtractLimits) -> None:
    """Raise ZipBombError when the declared sizes of the archive are abnormal."""
    infos = archive.infolist()
    if len(infos) > limits.max_zip_members:
        raise ZipBombError(filename, f"members={len(infos)}")
    total = 0
    for info in infos:
        _check_member(info, filename, limits)
        total += info.file_size
        if total > limits.max_zip_total_bytes:
            raise ZipBombError(filename, f"total declared size over {limits.max_zip_total_bytes}")


def _check_member(info: zipfile.ZipInfo, filename: str, limits: ExtractLimits) -> None:
    if info.file_size > limits.max_zip_member_bytes:
        raise ZipBombError(filename, f"member declared size {info.file_size}")
    if info.file_size > _RATIO_CHECK_MIN_BYTES:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_zip_ratio:
            raise ZipBombError(filename, f"member ratio {ratio:.0f}")


def read_member(archive: zipfile.ZipFile, name: str, filename: str, limits: ExtractLimits) -> bytes:
    """Read one member, never more than its declared size nor the per-member limit."""
    info = archive.getinfo(name)
    _check_member(info, filename, limits)
    # Declared sizes can lie; the cap protects us whatever the header says.
    cap = min(info.file_size, limits.max_zip_member_bytes)
    chunks: list[bytes] = []
    read = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            if read > cap:
                raise ZipBombError(filename, f"member {name} inflates past {cap} bytes")
            chunks.append(chunk)
    return b"".join(chunks)
